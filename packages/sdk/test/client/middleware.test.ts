import { describe, expect, it } from "vitest";
import { PermissionDeniedError, ValidationError } from "../../src/errors.js";
import { clientWith, envelope, failure } from "./fake-api.js";

// The customer-facing identity documented at
// https://docs.pacspace.io/dashboard-api/middleware-verified-records/ ("Customer-facing receipt
// and Shared Record identity resolves to the vendor account").
const DOCUMENTED_IDENTITY = {
  tenant: { name: "Acme Inference" },
  recordedBy: { type: "middleware_vendor_account", id: "cmw_vendor_123", displayName: "Acme Inference" },
};

const LIVE = {
  customerId: "cust_acme",
  vendorAccountId: "cmw_vendor_123",
  ...DOCUMENTED_IDENTITY,
  computedBalance: -42,
  totalDeltas: 3,
  uncoveredDeltasCount: 1,
  latestPeriod: null,
  lastActivityAt: "2026-05-02T10:00:00.000Z",
};

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("pac.middleware", () => {
  it("reads the documented customer-facing identity from the live record", async () => {
    const { pac, requests } = clientWith([envelope(LIVE)]);
    const live = await pac.middleware.live("cust_acme");
    expect({ tenant: live.tenant, recordedBy: live.recordedBy }).toEqual(DOCUMENTED_IDENTITY);
    expect([requests[0]?.method, requests[0]?.path]).toEqual([
      "GET",
      "/api/v1/middleware/customers/cust_acme/live",
    ]);
  });

  it("calls each documented route with its method, path and parameters", async () => {
    const { pac, requests } = clientWith(() => envelope({}));
    await pac.middleware.readiness({ period: "2026-04" });
    await pac.middleware.periods("cust_acme");
    await pac.middleware.period("cust_acme", "chk_01");
    await pac.middleware.closePackage("cust_acme", { period: "2026-04" });
    await pac.middleware.closePackage("cust_acme", { checkpointId: "chk_01" });
    await pac.middleware.accessLink("cust_acme");
    await pac.middleware.compare("cust_acme", { fromCheckpointId: "chk_01", toCheckpointId: "chk_02" });
    await pac.middleware.export("cust_acme", { format: "bundle" });
    await pac.middleware.export("cust_acme");
    await pac.middleware.vendorRecord("cmw_vendor_123", "ext:cust.1");
    expect(
      requests.map((request) => `${request.method} ${request.url.pathname}${request.url.search}`),
    ).toEqual([
      "GET /api/v1/middleware/readiness?period=2026-04",
      "GET /api/v1/middleware/customers/cust_acme/periods",
      "GET /api/v1/middleware/customers/cust_acme/periods/chk_01",
      "GET /api/v1/middleware/customers/cust_acme/close-package?period=2026-04",
      "GET /api/v1/middleware/customers/cust_acme/close-package?checkpointId=chk_01",
      "GET /api/v1/middleware/customers/cust_acme/access-link",
      "POST /api/v1/middleware/customers/cust_acme/compare",
      "GET /api/v1/middleware/customers/cust_acme/export?format=bundle",
      "GET /api/v1/middleware/customers/cust_acme/export",
      "GET /api/v1/middleware/vendors/cmw_vendor_123/customers/ext%3Acust.1/record",
    ]);
    expect(requests[6]?.body).toEqual({ fromCheckpointId: "chk_01", toCheckpointId: "chk_02" });
  });

  it("refuses bad input before any request, naming the field", async () => {
    const { pac, requests } = clientWith([]);
    const cases: Array<[Promise<unknown>, string]> = [
      [pac.middleware.live("not a customer id!"), "customerId"],
      [pac.middleware.readiness({ period: "April" }), "period"],
      [
        pac.middleware.closePackage("cust_acme", { period: "2026-04", checkpointId: "chk_01" }),
        "checkpointId",
      ],
      [pac.middleware.compare("cust_acme", { fromCheckpointId: "chk_01" } as never), "toCheckpointId"],
      [pac.middleware.vendorRecord("bad vendor", "cust_acme"), "vendorId"],
    ];
    // Every rejection is observed at once: the first refused call loads the checker's chunk
    // before it settles, while the others may already have been refused.
    const errors = cases.map(([call]) => rejection(call));
    for (const [index, [, field]] of cases.entries()) {
      const error = await errors[index];
      expect(error).toBeInstanceOf(ValidationError);
      expect(JSON.stringify((error as ValidationError).details)).toContain(field);
    }
    expect(requests).toHaveLength(0);
  });

  it("export: csv answers the text, pdf the bytes, each asked for by format", async () => {
    const csv = "sequenceNumber,recordId\r\n1,rec_1\r\n";
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0x00]);
    const { pac, requests } = clientWith([
      new Response(csv, {
        headers: { "content-type": "text/csv; charset=utf-8", "x-request-id": "req_csv" },
      }),
      new Response(pdf, { headers: { "content-type": "application/pdf", "x-request-id": "req_pdf" } }),
    ]);
    const text = await pac.middleware.export("cust_acme", { format: "csv" }).withResponse();
    expect([text.data, text.requestId]).toEqual([csv, "req_csv"]);
    const bytes = await pac.middleware.export("cust_acme", { format: "pdf" });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes)).toEqual(Array.from(pdf));
    expect(requests.map((request) => request.url.search)).toEqual(["?format=csv", "?format=pdf"]);
  });

  it("export: an error of a csv or pdf export is the typed error of its JSON envelope", async () => {
    const { pac } = clientWith([failure(403, "FORBIDDEN"), failure(404, "CUSTOMER_NOT_FOUND")]);
    const forbidden = await rejection(pac.middleware.export("cust_acme", { format: "csv" }));
    expect(forbidden).toBeInstanceOf(PermissionDeniedError);
    expect(forbidden).toMatchObject({ status: 403, code: "FORBIDDEN", requestId: "req_err_403" });
    const missing = await rejection(pac.middleware.export("cust_acme", { format: "pdf" }));
    expect(missing).toMatchObject({ status: 404, code: "CUSTOMER_NOT_FOUND" });
  });

  it("export: an unknown format is refused before any request, naming format", async () => {
    const { pac, requests } = clientWith([]);
    const error = await rejection(pac.middleware.export("cust_acme", { format: "xml" } as never));
    expect(error).toBeInstanceOf(ValidationError);
    expect(JSON.stringify((error as ValidationError).details)).toContain("format");
    expect(requests).toHaveLength(0);
  });

  it("a tenant that is not billing middleware gets PermissionDeniedError", async () => {
    const { pac } = clientWith([failure(403, "FORBIDDEN")]);
    const error = await rejection(pac.middleware.readiness());
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, code: "FORBIDDEN" });
  });
});

describe("vendorAccountId on writes", () => {
  it("emit, batch items and checkpoint send it", async () => {
    const { pac, requests } = clientWith(() => envelope({}, 201));
    await pac.balance.emit("cust_acme", -5, "inference", { vendorAccountId: "cmw_vendor_123" });
    await pac.balance
      .emitBatch([{ customerId: "cust_acme", delta: -1, reason: "r", vendorAccountId: "cmw_vendor_123" }])
      .catch(() => undefined);
    await pac.balance
      .checkpoint({ customerId: "cust_acme", vendorAccountId: "cmw_vendor_123" })
      .catch(() => undefined);
    expect(requests.map((request) => request.body)).toEqual([
      { customerId: "cust_acme", delta: -5, reason: "inference", vendorAccountId: "cmw_vendor_123" },
      { deltas: [{ customerId: "cust_acme", delta: -1, reason: "r", vendorAccountId: "cmw_vendor_123" }] },
      expect.objectContaining({ customerId: "cust_acme", vendorAccountId: "cmw_vendor_123" }),
    ]);
  });

  it("a malformed vendorAccountId is refused before sending", async () => {
    const { pac, requests } = clientWith([]);
    const error = await rejection(
      pac.balance.emit("cust_acme", -5, "inference", { vendorAccountId: "no spaces allowed" }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(requests).toHaveLength(0);
  });
});
