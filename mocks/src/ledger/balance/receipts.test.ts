import { describe, expect, it } from "vitest";
import { type Hex, merkleRoot } from "../kernel/core.js";
import type { LedgerEvent } from "../kernel/events.js";
import { createFixture, delta, errorOf } from "../ledger-fixture.js";

function april() {
  const fixture = createFixture({ start: Date.UTC(2026, 3, 1, 8) });
  const { api, clock } = fixture;
  api.emitDelta(delta("a", 5000, { metadata: { secret: "s3cret" } }));
  clock.set(Date.UTC(2026, 3, 2, 23, 59));
  const second = api.emitDelta(delta("a", -1250.5));
  clock.set(Date.UTC(2026, 3, 3, 23, 59));
  const third = api.emitDelta(delta("a", -310.25));
  clock.set(Date.UTC(2026, 3, 20));
  return { ...fixture, window: [second, third] };
}

describe("receipts", () => {
  it("getReceipt: deltas, balances, per-month summaries and a root over the item hashes in sequence order", () => {
    const { api, window } = april();
    const receipt = api.getReceipt("a", { startDate: "2026-04-02", endDate: "2026-05-01" });
    const itemHashes = window.map((record) => record.contentHash);
    expect(receipt).toMatchObject({
      receiptId: expect.stringMatching(/^rcpt_/),
      customerId: "a",
      scope: { from: "2026-04-02T00:00:00.000Z", to: "2026-05-01T00:00:00.000Z" },
      deltasCount: 2,
      startingBalance: 5000,
      finalBalance: 3439.25,
      proofRoot: merkleRoot(itemHashes as Hex[]),
      windowSummaries: [
        { period: "2026-04", totalCredits: 0, totalDebits: -1560.75, netChange: -1560.75, deltasCount: 2 },
      ],
      verification: { itemHashes },
    });
    expect(receipt.deltas.map((row) => row.recordId)).toEqual(window.map((record) => record.recordId));
    expect(JSON.stringify(receipt)).not.toContain("s3cret");
  });

  it("the same receipt twice is the same document; new verified deltas make a new one; receipt.generated once each", () => {
    const { api, ledger, clock } = april();
    const events: LedgerEvent[] = [];
    ledger.onEvent((event) => events.push(event));
    const first = api.getReceipt("a");
    expect(api.getReceipt("a", { period: "2026-04" }).receiptId).toBe(first.receiptId);
    clock.advance(1000);
    api.emitDelta(delta("a", 1));
    const second = api.getReceipt("a");
    expect(second.receiptId).not.toBe(first.receiptId);
    expect(second.deltasCount).toBe(first.deltasCount + 1);
    expect(
      events.filter((event) => event.event === "receipt.generated").map((event) => event.data.receiptId),
    ).toEqual([first.receiptId, second.receiptId]);
    expect(api.listCustomerReceipts("a").receipts.map((summary) => summary.receiptId)).toEqual([
      second.receiptId,
      first.receiptId,
    ]);
    expect(api.listCustomerReceipts("a", { limit: 1 }).receipts).toHaveLength(1);
  });

  it("window summaries cover every month of the window, with credits and debits apart", () => {
    const { api, clock } = createFixture({ start: Date.UTC(2026, 1, 10) });
    api.emitDelta(delta("a", 10));
    api.emitDelta(delta("a", -4));
    clock.set(Date.UTC(2026, 3, 5));
    api.emitDelta(delta("a", 0.1));
    api.emitDelta(delta("a", 0.2));
    const receipt = api.getReceipt("a", { startDate: "2026-02-01", endDate: "2026-05-01" });
    expect(receipt.windowSummaries).toEqual([
      { period: "2026-02", totalCredits: 10, totalDebits: -4, netChange: 6, deltasCount: 2 },
      { period: "2026-03", totalCredits: 0, totalDebits: 0, netChange: 0, deltasCount: 0 },
      { period: "2026-04", totalCredits: 0.3, totalDebits: 0, netChange: 0.3, deltasCount: 2 },
    ]);
  });

  it("receipt documents carry a permalink with the presentation hints; public receipts need no key", () => {
    const { api, ledger } = april();
    const receipt = api.getReceipt("a");
    const document = api.getReceiptDocument(receipt.receiptId, {
      locale: "en-US",
      unit: "credits",
      customerDisplayName: "true",
    });
    expect(document.links.permalink).toBe(
      `http://127.0.0.1:4010/receipts/${receipt.receiptId}?locale=en-US&unit=credits&customerDisplayName=true`,
    );
    expect(document.links.pdf).toBe(`http://127.0.0.1:4010/api/v1/receipt/${receipt.receiptId}.pdf`);
    expect({ ...document, links: undefined }).toEqual({ ...receipt, links: undefined });
    // the public view is the tenant's without the invoice access code and customer link
    const { accessHint, customerLinkUrl, customerLinkHost, ...publicFields } = receipt;
    expect(accessHint).toMatch(/^[A-Z2-9]{6}$/);
    expect(ledger.getPublicReceipt(receipt.receiptId)).toEqual(publicFields);
    expect(errorOf(() => api.getReceiptDocument(receipt.receiptId, { locale: "not a tag" })).code).toBe(
      "VALIDATION_ERROR",
    );
  });

  it("scoped receipts carry verifyUrl/verificationApiUrl at the top level and the invoice-proof fields", () => {
    // https://docs.pacspace.io/balance-api/receipt/ reads scoped.verifyUrl and scoped.verificationApiUrl;
    // accessHint, customerLinkUrl and customerLinkHost as in PacSpace/python-sdk tests/test_sdk.py
    const { api } = april();
    const receipt = api.getReceipt("a", { period: "2026-04" });
    expect(receipt.verifyUrl).toBe(`http://127.0.0.1:4010/verify/${receipt.proofRoot}`);
    expect(receipt.verificationApiUrl).toBe(`http://127.0.0.1:4010/api/v1/verify/${receipt.proofRoot}`);
    expect(receipt.verificationExplorerUrl).toBe(receipt.verifyUrl);
    expect(receipt.verification).toMatchObject({
      verifyUrl: receipt.verifyUrl,
      verificationApiUrl: receipt.verificationApiUrl,
    });
    expect(receipt.customerLinkUrl).toBe(`http://127.0.0.1:4010/api/v1/receipt/${receipt.receiptId}`);
    expect(receipt.customerLinkHost).toBe("127.0.0.1:4010");
    expect(receipt.accessHint).toMatch(/^[A-Z2-9]{6}$/);
  });

  it("the access code is stable per customer and differs between customers and environments", () => {
    const { api, ledger } = april();
    api.emitDelta(delta("b", 1));
    const first = api.getReceipt("a", { period: "2026-04" });
    const again = api.getReceipt("a", { period: "2026-03" });
    const other = api.getReceipt("b");
    expect(again.receiptId).not.toBe(first.receiptId);
    expect(again.accessHint).toBe(first.accessHint);
    expect(other.accessHint).not.toBe(first.accessHint);
    const tenantId = ledger.createTenant({ tenantId: "ten_codes" }).tenantId;
    const sandbox = ledger.forEnvironment(tenantId, "sandbox");
    const production = ledger.forEnvironment(tenantId, "production");
    sandbox.emitDelta(delta("a", 1));
    production.emitDelta(delta("a", 1));
    expect(sandbox.getReceipt("a").accessHint).not.toBe(production.getReceipt("a").accessHint);
  });

  it("unit and timezone lengths count code points, as the spec's maxLength does", () => {
    const { api } = april();
    const { receiptId } = api.getReceipt("a");
    // 32 and 64 code points of astral characters are 64 and 128 UTF-16 units
    const document = api.getReceiptDocument(receiptId, { unit: "🪙".repeat(32), timezone: "🕐".repeat(64) });
    expect(document.links.permalink).toContain("unit=");
    const tooLong = errorOf(() =>
      api.getReceiptDocument(receiptId, { unit: "🪙".repeat(33), timezone: "🕐".repeat(65) }),
    );
    expect(tooLong.details?.map((detail) => detail.path)).toEqual(["timezone", "unit"]);
  });

  it("unknown and foreign receipts/customers look the same", () => {
    const { api, ledger } = april();
    const receipt = api.getReceipt("a");
    const other = ledger.forEnvironment(ledger.createTenant({ tenantId: "ten_other" }).tenantId, "sandbox");
    expect(errorOf(() => other.getReceiptDocument(receipt.receiptId)).message).toBe(
      errorOf(() => other.getReceiptDocument("rcpt_unknown")).message,
    );
    expect(errorOf(() => other.getReceipt("a")).code).toBe("CUSTOMER_NOT_FOUND");
    expect(errorOf(() => other.listCustomerReceipts("a")).code).toBe("CUSTOMER_NOT_FOUND");
    expect(errorOf(() => ledger.getPublicReceipt("rcpt_unknown")).code).toBe("NOT_FOUND");
    expect(errorOf(() => api.getReceipt("a", { startingCheckpoint: receipt.proofRoot })).code).toBe(
      "INVALID_SCOPE_COMBINATION",
    );
  });
});
