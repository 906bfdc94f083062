import { describe, expect, it } from "vitest";
import { APIError, NotFoundError, ValidationError } from "../../src/errors.js";
import { receiptEmailBody } from "../../src/resources/receipt-email.js";
import { clientWith, envelope, failure } from "./fake-api.js";

const ROOT = `0x${"ab".repeat(32)}`;

/** PacSpace/python-sdk tests/test_sdk.py, test_invoice_proof_shared_record_fields: the invoice proof answer. */
const PYTHON_INVOICE_PROOF = {
  customerId: "cust_1",
  period: "2026-04",
  proofRoot: "0xproof",
  verificationApiUrl: "https://api.pacspace.io/api/v1/verify/0xproof",
  verifyUrl: "https://customer-links.pacspace.io/c/cus_abc123",
  accessHint: "A1B2C3",
  customerLinkUrl: "https://customer-links.pacspace.io/c/cus_abc123",
  customerLinkHost: "customer-links.pacspace.io",
};

/** A complete receipt as this toolkit's mock answers it (top-level links, nested copy, invoice fields). */
const RECEIPT = {
  receiptId: "rcpt_01hv9b2d7f3q",
  customerId: "cust_acme",
  generatedAt: "2026-05-01T09:00:00.000Z",
  scope: { from: "2026-04-01T00:00:00.000Z", to: "2026-05-01T00:00:00.000Z", period: "2026-04" },
  deltasCount: 2,
  startingBalance: 5000,
  finalBalance: 3439.25,
  proofRoot: ROOT,
  deltas: [],
  windowSummaries: [],
  verifyUrl: `https://app.pacspace.io/verify/${ROOT}`,
  verificationApiUrl: `https://app.pacspace.io/api/v1/verify/${ROOT}`,
  accessHint: "K7M2QX",
  customerLinkUrl: "https://app.pacspace.io/c/acme",
  customerLinkHost: "app.pacspace.io",
  verificationExplorerUrl: `https://app.pacspace.io/verify/${ROOT}`,
  verification: {
    itemHashes: [],
    verifyUrl: `https://app.pacspace.io/verify/${ROOT}`,
    verificationApiUrl: `https://app.pacspace.io/api/v1/verify/${ROOT}`,
  },
};

describe("pac.balance.invoiceProof", () => {
  it("sends GET /api/v1/balance/invoice-proof/{customerId} with the scope and reads the Shared Record fields", async () => {
    const { pac, requests } = clientWith([envelope(PYTHON_INVOICE_PROOF)]);
    const proof = await pac.balance.invoiceProof("cust_1", { period: "2026-04" });
    expect(requests[0]?.path).toBe("/api/v1/balance/invoice-proof/cust_1");
    expect(requests[0]?.query).toEqual({ period: "2026-04" });
    expect(requests[0]?.headers.get("X-Api-Key")).not.toBeNull();
    expect(proof).toMatchObject({
      verifyUrl: "https://customer-links.pacspace.io/c/cus_abc123",
      verificationApiUrl: "https://api.pacspace.io/api/v1/verify/0xproof",
      accessHint: "A1B2C3",
      customerLinkUrl: "https://customer-links.pacspace.io/c/cus_abc123",
      customerLinkHost: "customer-links.pacspace.io",
    });
  });

  it("refuses a bad scope before sending", async () => {
    const { pac, requests } = clientWith([]);
    await expect(
      pac.balance.invoiceProof("cust_1", { period: "2026-04", timePreset: "custom" }),
    ).rejects.toMatchObject({
      code: "INVALID_SCOPE_COMBINATION",
    });
    await expect(pac.balance.invoiceProof("cust 1")).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toHaveLength(0);
  });
});

describe("pac.balance.receipts.list", () => {
  const summary = {
    receiptId: "rcpt_01hv9b2d7f3q",
    customerId: "cust_acme",
    generatedAt: "2026-05-01T09:00:00.000Z",
    scope: { from: "2026-04-02T00:00:00.000Z", to: "2026-05-01T00:00:00.000Z" },
    deltasCount: 2,
    startingBalance: 5000,
    finalBalance: 3439.25,
    proofRoot: ROOT,
  };

  it("resolves to the array, indexed as the docs do: receipts[0].receiptId", async () => {
    // https://docs.pacspace.io/balance-api/receipts-verification/
    const { pac } = clientWith([envelope({ receipts: [summary] })]);
    const receipts = await pac.balance.receipts.list("cust_acme", { limit: 25 });
    expect(Array.isArray(receipts)).toBe(true);
    expect(receipts[0]?.receiptId).toBe("rcpt_01hv9b2d7f3q");
  });

  it("reads a bare array answer too", async () => {
    const { pac } = clientWith([envelope([summary])]);
    expect(await pac.balance.receipts.list("cust_acme")).toEqual([summary]);
  });

  it("keeps the response metadata", async () => {
    const { pac } = clientWith([envelope({ receipts: [] })]);
    const { data, requestId } = await pac.balance.receipts.list("cust_acme").withResponse();
    expect(data).toEqual([]);
    expect(requestId).toBe("req_200");
  });
});

describe("pac.verify and pac.publicReceipt read the envelope and a bare payload", () => {
  it("a bare verify answer (PacSpace/python-sdk tests/test_sdk.py, test_verify_public_endpoint)", async () => {
    const bare = { verified: true, proofRoot: "0xroot", message: "ok" };
    const { pac, requests } = clientWith([
      new Response(JSON.stringify(bare), { status: 200, headers: { "content-type": "application/json" } }),
    ]);
    expect(await pac.verify(ROOT)).toEqual(bare);
    expect(requests[0]?.path).toBe(`/api/v1/verify/${ROOT}`);
    expect(requests[0]?.headers.get("X-Api-Key")).toBeNull();
  });

  it("the documented envelope with verification.verificationExplorerUrl (https://docs.pacspace.io/balance-api/verify/)", async () => {
    const documented = {
      verified: true,
      proofRoot: "0x7f3a9b2c...",
      recordedAt: "2026-04-18T14:32:00.000Z",
      summary: { recordCount: 42, netChange: -6300 },
      records: [],
      verification: {
        verificationReference: "0xabc123...",
        verificationExplorerUrl: "https://app.pacspace.io/verify/0x7f3a9b2c...",
      },
    };
    const { pac } = clientWith([envelope(documented)]);
    const result = await pac.verify(ROOT);
    expect(result.verification.verificationExplorerUrl).toBe("https://app.pacspace.io/verify/0x7f3a9b2c...");
  });

  it("a bare public receipt", async () => {
    const { pac } = clientWith([
      new Response(JSON.stringify(RECEIPT), { status: 200, headers: { "content-type": "application/json" } }),
    ]);
    expect((await pac.publicReceipt("rcpt_01hv9b2d7f3q")).receiptId).toBe("rcpt_01hv9b2d7f3q");
  });

  it("still refuses an answer that is neither (a failed envelope, an array)", async () => {
    const { pac } = clientWith([
      new Response(JSON.stringify({ success: false }), {
        status: 200,
        headers: { "content-type": "application/json" },
      }),
      new Response("[1]", { status: 200, headers: { "content-type": "application/json" } }),
    ]);
    await expect(pac.verify(ROOT)).rejects.toMatchObject({ code: "UNEXPECTED_RESPONSE" });
    await expect(pac.verify(ROOT)).rejects.toBeInstanceOf(APIError);
  });

  it("errors stay typed", async () => {
    const { pac } = clientWith([failure(404, "NOT_FOUND")]);
    await expect(pac.verify(ROOT)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("pac.publicReceiptPdf", () => {
  it("GETs /api/v1/receipt/{receiptId}.pdf without the key and resolves to the bytes", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.7\n…");
    const { pac, requests } = clientWith([
      new Response(bytes, {
        status: 200,
        headers: { "content-type": "application/pdf", "x-request-id": "req_pdf" },
      }),
    ]);
    const { data, requestId } = await pac.publicReceiptPdf("rcpt_01hv9b2d7f3q").withResponse();
    expect(data).toBeInstanceOf(Uint8Array);
    expect([...data]).toEqual([...bytes]);
    expect(requestId).toBe("req_pdf");
    expect(requests[0]?.path).toBe("/api/v1/receipt/rcpt_01hv9b2d7f3q.pdf");
    expect(requests[0]?.headers.get("X-Api-Key")).toBeNull();
  });

  it("a 404 is a NotFoundError; an empty id is refused before sending", async () => {
    const { pac, requests } = clientWith([failure(404, "NOT_FOUND")]);
    await expect(pac.publicReceiptPdf("rcpt_missing")).rejects.toBeInstanceOf(NotFoundError);
    await expect(pac.publicReceiptPdf("")).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toHaveLength(1);
  });
});

describe("receipts.emailBody", () => {
  it("writes customer, period, balances, deltas, the customer link with its access code, and the proof", () => {
    const { pac } = clientWith([]);
    const body = pac.balance.receipts.emailBody(
      {
        ...RECEIPT,
        links: {
          permalink: "https://app.pacspace.io/receipts/rcpt_01hv9b2d7f3q",
          pdf: "https://app.pacspace.io/api/v1/receipt/rcpt_01hv9b2d7f3q.pdf",
        },
      },
      { customerName: "Acme Corp", unit: "credits" },
    );
    expect(body).toBe(
      [
        "Usage statement for Acme Corp (cust_acme)",
        "",
        "Period: 2026-04 (2026-04-01T00:00:00.000Z to 2026-05-01T00:00:00.000Z, end exclusive)",
        "Receipt: rcpt_01hv9b2d7f3q",
        "Generated: 2026-05-01T09:00:00.000Z",
        "",
        "Starting balance: 5000 credits",
        "Final balance: 3439.25 credits",
        "Verified deltas: 2",
        "",
        "Check this statement: https://app.pacspace.io/c/acme",
        "Access code: K7M2QX",
        `Proof check: https://app.pacspace.io/verify/${ROOT}`,
        `Proof root: ${ROOT}`,
        "Receipt page: https://app.pacspace.io/receipts/rcpt_01hv9b2d7f3q",
        "PDF: https://app.pacspace.io/api/v1/receipt/rcpt_01hv9b2d7f3q.pdf",
        "",
      ].join("\n"),
    );
  });

  it("without a customer link, points at verifyUrl and prints no access code; a custom window has no period", () => {
    const { accessHint, customerLinkUrl, customerLinkHost, ...plain } = RECEIPT;
    const body = receiptEmailBody({
      ...plain,
      scope: { from: "2026-04-02T00:00:00.000Z", to: "2026-04-09T00:00:00.000Z" },
    });
    expect(body).toContain("Usage statement for cust_acme\n");
    expect(body).toContain("Period: 2026-04-02T00:00:00.000Z to 2026-04-09T00:00:00.000Z, end exclusive\n");
    expect(body).toContain("Final balance: 3439.25\n");
    expect(body).toContain(`Check this statement: https://app.pacspace.io/verify/${ROOT}\n`);
    expect(body).not.toContain("Access code");
    expect(body).not.toContain("Proof check");
  });

  it("reads the older layout, where the links are only under verification", () => {
    const {
      verifyUrl,
      verificationApiUrl,
      verificationExplorerUrl,
      accessHint,
      customerLinkUrl,
      customerLinkHost,
      ...older
    } = RECEIPT;
    const body = receiptEmailBody(older as typeof RECEIPT);
    expect(body).toContain(`Check this statement: ${RECEIPT.verification.verifyUrl}\n`);
  });

  it("is a pure function: the same receipt gives the same text, and no request is made", () => {
    const { pac, requests } = clientWith([]);
    expect(pac.balance.receipts.emailBody(RECEIPT)).toBe(receiptEmailBody(RECEIPT));
    expect(requests).toHaveLength(0);
  });
});
