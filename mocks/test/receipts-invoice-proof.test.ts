import { describe, expect, it } from "vitest";
import { BASE_URL, createTestMock, type TestMock } from "./support/harness.js";
import { pdfText } from "./support/pdf-text.js";

const delta = (customerId: string, amount: number, extra: Record<string, unknown> = {}) => ({
  customerId,
  delta: amount,
  reason: `change of ${amount}`,
  ...extra,
});

async function seed(mock: TestMock, customerId: string, deltas: Array<Record<string, unknown>>) {
  for (const body of deltas) {
    const response = await mock.api("POST", "/api/v1/balance/delta", { body: { customerId, ...body } });
    expect(response.status).toBe(201);
  }
}

describe("invoice proof (GET /api/v1/balance/invoice-proof/{customerId})", () => {
  it("answers the scoped receipt with the invoice fields at the top level", async () => {
    // The official SDK sends every scoped receipt() here (PacSpace/python-sdk
    // pacspace_sdk/balance.py); its fixture (tests/test_sdk.py) reads proofRoot, verifyUrl,
    // verificationApiUrl, accessHint, customerLinkUrl and customerLinkHost at the top level.
    const mock = createTestMock();
    await seed(mock, "cust_inv", [delta("cust_inv", 40), delta("cust_inv", -12.5)]);
    const proof = await mock.api("GET", "/api/v1/balance/invoice-proof/cust_inv?period=2026-04");
    expect(proof.status).toBe(200);
    const data = proof.body.data;
    expect(data).toMatchObject({
      customerId: "cust_inv",
      scope: { period: "2026-04" },
      deltasCount: 2,
      finalBalance: 27.5,
      proofRoot: expect.stringMatching(/^0x[0-9a-f]{64}$/),
      verifyUrl: `${BASE_URL}/verify/${data.proofRoot}`,
      verificationApiUrl: `${BASE_URL}/api/v1/verify/${data.proofRoot}`,
      verificationExplorerUrl: `${BASE_URL}/verify/${data.proofRoot}`,
      accessHint: expect.stringMatching(/^[A-Z2-9]{6}$/),
      customerLinkUrl: `${BASE_URL}/api/v1/receipt/${data.receiptId}`,
      customerLinkHost: "app.pacspace.io",
      verification: { verifyUrl: data.verifyUrl, verificationApiUrl: data.verificationApiUrl },
    });
    // the same scope through getReceipt is the same document
    const receipt = await mock.api("GET", "/api/v1/balance/receipt/cust_inv?period=2026-04");
    expect(receipt.body.data).toEqual(data);
    // the customer link serves something: the public receipt, without the access code
    const linked = await mock.api("GET", new URL(data.customerLinkUrl).pathname, { apiKey: null });
    expect(linked.status).toBe(200);
    expect(linked.body.data.receiptId).toBe(data.receiptId);
    expect(linked.body.data).not.toHaveProperty("accessHint");
    // and the verify API link verifies the root
    const verified = await mock.api("GET", new URL(data.verificationApiUrl).pathname, { apiKey: null });
    expect(verified.body.data).toMatchObject({ verified: true, kind: "receipt", proofRoot: data.proofRoot });
  });

  it("applies the receipt's scope rules and auth", async () => {
    const mock = createTestMock();
    await seed(mock, "cust_inv", [delta("cust_inv", 1)]);
    const mixed = await mock.api(
      "GET",
      "/api/v1/balance/invoice-proof/cust_inv?period=2026-04&timePreset=custom",
    );
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.code).toBe("INVALID_SCOPE_COMBINATION");
    const unknown = await mock.api("GET", "/api/v1/balance/invoice-proof/cust_nobody");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("CUSTOMER_NOT_FOUND");
    const anonymous = await mock.api("GET", "/api/v1/balance/invoice-proof/cust_inv", { apiKey: null });
    expect(anonymous.status).toBe(401);
  });
});

describe("public receipt PDF (GET /api/v1/receipt/{receiptId}.pdf)", () => {
  it("renders the receipt's facts into a PDF anyone holding the id can fetch", async () => {
    // https://docs.pacspace.io/balance-api/receipts-verification/ lists the public receipt PDF
    const mock = createTestMock();
    await seed(mock, "cust_pdf", [
      delta("cust_pdf", 5000, {
        reason: "Prepaid credits",
        referenceId: "inv_2026_04_001",
        metadata: { secret: "s3cret" },
      }),
      delta("cust_pdf", -1250.5, { reason: "API usage 2026-04-15" }),
      delta("cust_pdf", -7, { reason: "Überweisung 東京" }),
    ]);
    const receipt = (await mock.api("GET", "/api/v1/balance/receipt/cust_pdf")).body.data;
    const document = (await mock.api("GET", `/api/v1/balance/receipts/${receipt.receiptId}`)).body.data;
    expect(document.links.pdf).toBe(`${BASE_URL}/api/v1/receipt/${receipt.receiptId}.pdf`);

    const response = await mock.fetch(document.links.pdf);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe(`inline; filename="${receipt.receiptId}.pdf"`);
    expect(response.headers.get("X-Request-Id")).toMatch(/^req_/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");

    const { text } = await pdfText(bytes);
    for (const fact of [
      receipt.receiptId,
      "cust_pdf",
      receipt.scope.from,
      receipt.scope.to,
      "Starting balance: 0",
      "Final balance: 3742.5",
      "Deltas: 3",
      "Prepaid credits",
      "[inv_2026_04_001]",
      "-1250.5",
      "API usage 2026-04-15",
      "Überweisung ??",
      receipt.proofRoot,
      receipt.verifyUrl,
      receipt.verificationApiUrl,
    ]) {
      expect(text, fact).toContain(fact);
    }
    expect(text).not.toContain("s3cret");
  });

  it("renders the same bytes for the same receipt, and pages long receipts", async () => {
    const mock = createTestMock();
    await seed(
      mock,
      "cust_long",
      Array.from({ length: 120 }, (_, index) => delta("cust_long", index + 1)),
    );
    const { receiptId } = (await mock.api("GET", "/api/v1/balance/receipt/cust_long")).body.data;
    const url = `${BASE_URL}/api/v1/receipt/${receiptId}.pdf`;
    const first = new Uint8Array(await (await mock.fetch(url)).arrayBuffer());
    const second = new Uint8Array(await (await mock.fetch(url)).arrayBuffer());
    expect(second).toEqual(first);
    const { pages, text } = await pdfText(first);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain("change of 120");
  });

  it("answers 404 with the JSON error envelope for an unknown receipt, and the JSON route still answers JSON", async () => {
    const mock = createTestMock();
    const missing = await mock.api("GET", "/api/v1/receipt/rcpt_unknown.pdf", { apiKey: null });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("Content-Type")).toBe("application/json");
    expect(missing.body.error).toMatchObject({ code: "NOT_FOUND", message: "Receipt not found" });
    await seed(mock, "cust_json", [delta("cust_json", 1)]);
    const { receiptId } = (await mock.api("GET", "/api/v1/balance/receipt/cust_json")).body.data;
    const json = await mock.api("GET", `/api/v1/receipt/${receiptId}`, { apiKey: null });
    expect(json.headers.get("Content-Type")).toBe("application/json");
    expect(json.body.data.receiptId).toBe(receiptId);
  });
});
