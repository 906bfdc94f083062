import { type Checkpoint, PermissionDeniedError, ValidationError } from "@pacspace/sdk";
import { verifyDeltaProof, verifyRootOverDeltas } from "@pacspace/sdk/core";
import { describe, expect, it } from "vitest";
import { clientFor, rejection, useInProcessMock } from "./support/in-process.js";

const mock = useInProcessMock({ verification: "immediate" });
// The vendor account of https://docs.pacspace.io/dashboard-api/middleware-verified-records/.
const VENDOR = "cmw_vendor_123";

describe("pac.middleware against the mock", () => {
  it("a middleware tenant records with its vendor account and closes a period finance can check", async () => {
    const pacspace = mock.start();
    pacspace.configureMiddlewareTenant({
      vendorAccounts: [{ vendorAccountId: VENDOR, displayName: "Acme Inference" }],
    });
    const pac = clientFor(pacspace.apiKey);

    const missing = await rejection(pac.balance.emit("cust_acme", -5, "inference"));
    expect(missing).toBeInstanceOf(ValidationError);
    expect(missing.details).toEqual([{ path: "/vendorAccountId", message: expect.any(String) }]);

    await pac.balance.emit("cust_acme", -5, "inference", { vendorAccountId: VENDOR });
    await pac.balance.emitBatch([
      { customerId: "cust_acme", delta: -7.5, reason: "inference", vendorAccountId: VENDOR },
      { customerId: "cust_acme", delta: 20, reason: "top-up", vendorAccountId: VENDOR },
    ]);
    const checkpoint = await pac.balance.checkpoint({ customerId: "cust_acme", vendorAccountId: VENDOR });

    const live = await pac.middleware.live("cust_acme");
    expect(live).toMatchObject({
      recordedBy: { type: "middleware_vendor_account", id: VENDOR, displayName: "Acme Inference" },
      computedBalance: 7.5,
      totalDeltas: 3,
      uncoveredDeltasCount: 0,
    });
    const pack = await pac.middleware.closePackage("cust_acme");
    expect(pack.period.checkpointId).toBe((checkpoint as Checkpoint).checkpointId);
    expect(
      verifyRootOverDeltas({
        proofRoot: pack.period.proofRoot,
        deltaCount: pack.period.deltaCount,
        contentHashes: pack.records.map((record) => record.contentHash),
      }).valid,
    ).toBe(true);
    for (const record of pack.records) expect(verifyDeltaProof(record).valid).toBe(true);
    expect((await pac.middleware.vendorRecord(VENDOR, "cust_acme")).customerId).toBe("cust_acme");
    expect((await pac.middleware.readiness()).rows).toEqual([
      expect.objectContaining({ customerId: "cust_acme", ready: true, blockers: [] }),
    ]);
  });

  it("exports the same records as JSON, CSV and PDF", async () => {
    const pacspace = mock.start();
    pacspace.configureMiddlewareTenant({ vendorAccounts: [{ vendorAccountId: VENDOR }] });
    const pac = clientFor(pacspace.apiKey);
    const reason = 'Inference, "batch"\nÜberweisung';
    await pac.balance.emit("cust_acme", -5.25, reason, { vendorAccountId: VENDOR, referenceId: "u:1" });
    await pac.balance.emit("cust_acme", 20, "top-up", { vendorAccountId: VENDOR });

    const json = await pac.middleware.export("cust_acme");
    const csv = await pac.middleware.export("cust_acme", { format: "csv" });
    const lines = csv.split("\r\n");
    expect(lines[0]?.split(",").slice(0, 6)).toEqual([
      "sequenceNumber",
      "recordId",
      "customerId",
      "createdAt",
      "delta",
      "reason",
    ]);
    const [first, second] = json.records;
    expect(csv).toContain(
      `1,${first?.recordId},cust_acme,${first?.createdAt},-5.25,"Inference, ""batch""\nÜberweisung",u:1,`,
    );
    expect(csv).toContain(`2,${second?.recordId},cust_acme,${second?.createdAt},20,top-up,,`);
    expect(csv.endsWith("\r\n")).toBe(true);

    const pdf = await pac.middleware.export("cust_acme", { format: "pdf" });
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    const denied = await rejection(
      clientFor(mock.start().apiKey).middleware.export("cust_acme", { format: "pdf" }),
    );
    expect(denied).toBeInstanceOf(PermissionDeniedError);
  });

  it("a direct-inference tenant may not send vendorAccountId nor call the middleware routes", async () => {
    const pacspace = mock.start();
    const pac = clientFor(pacspace.apiKey);
    const sent = await rejection(pac.balance.emit("cust_acme", -5, "inference", { vendorAccountId: VENDOR }));
    expect(sent).toBeInstanceOf(ValidationError);
    expect(sent.details?.[0]?.path).toBe("/vendorAccountId");
    const routed = await rejection(pac.middleware.live("cust_acme"));
    expect(routed).toBeInstanceOf(PermissionDeniedError);
    expect(routed.code).toBe("FORBIDDEN");
  });
});
