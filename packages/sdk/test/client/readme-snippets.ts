/**
 * The README's snippets, compiled by `tsc -p tsconfig.json` (never run) so the reference
 * cannot drift from the API. Keep in step with README.md.
 */
import {
  CadenceLimitError,
  type components,
  createPacSpaceFetch,
  createRawClient,
  Decimal,
  getResponseMeta,
  NotFoundError,
  PacSpace,
  type ResponseData,
  throwIfError,
  ValidationError,
} from "../../src/index.js";
import { verifyCheckpoint, verifyDeltaProof, verifyReceipt } from "../../src/proofs.js";
import { constructWebhookEvent, WebhookVerificationError } from "../../src/webhooks/index.js";

declare const apiKey: string;
declare const rawBody: string;
declare const webhookSecret: string;
declare const request: Request;
declare const usageRows: { customer: string; cost: number; label: string }[];

export async function snippets() {
  const pac = new PacSpace({ apiKey: process.env.PACSPACE_API_KEY ?? apiKey });

  const delta = await pac.balance.emit("cust_acme", -310.25, "API usage 2026-04-03", {
    referenceId: "usage:cust_acme:2026-04-03",
    metadata: { units: 12410 },
    idempotencyKey: "usage:cust_acme:2026-04-03",
  });
  console.log(delta.recordId, delta.status);
  await pac.balance.deltaStatus(delta.recordId);
  console.log(Decimal.from("0.1").plus("0.2").toNumber());

  await pac.balance.emit("cust_acme", 40, "Refund of duplicated usage", {
    adjusts: { referenceId: "usage:cust_acme:2026-04-03" },
  });

  const verified = await pac.balance.emitAndWait("cust_acme", 50, "Top-up", {
    timeout: 30_000,
    pollInterval: 1_000,
  });
  if (verified.status === "FAILED") console.error(verified.error);
  await pac.balance.waitForVerified(verified.recordId, { timeout: 30_000 });

  const result = await pac.balance.emitBatch(
    usageRows.map((row) => ({ customerId: row.customer, delta: -row.cost, reason: row.label })),
    { idempotencyKey: "usage-flush:2026-04-03" },
  );
  for (const item of result.results) {
    if (item.status === "FAILED") console.warn(item.customerId, item.error, item.errorMessage);
  }

  const month = await pac.balance.derive("cust_acme");
  console.log(month.computedBalance, month.deltasCount);
  await pac.balance.derive("cust_acme", { period: "2026-03", granularity: "week" });
  await pac.balance.derive("cust_acme", { startDate: "2026-01-01", endDate: "2026-04-01" });

  const checkpoint = await pac.balance.checkpoint("cust_acme", { period: "2026-03" });
  console.log(checkpoint.proofRoot, checkpoint.verifyUrl);
  await pac.balance.checkpoint({ period: "2026-03" });
  await pac.balance.derive("cust_acme", {
    startingCheckpoint: checkpoint.proofRoot,
    startingBalance: checkpoint.closingBalance,
  });
  await pac.balance.deriveCurrentMonth("cust_acme");
  await pac.balance.deriveForPeriod("cust_acme", "2026-03");
  await pac.balance.deriveMonthsBack("cust_acme", 3);
  await pac.balance.deriveDaysBack("cust_acme", 7);

  const report = await pac.balance.compare(
    "cust_acme",
    { yours: 48_500, theirs: 49_000 },
    { period: "2026-03" },
  );
  console.log(report.outcome, report.neutralBalance, report.divergence.theirs?.lastMatchingRecordId);

  const { checkpoints } = await pac.balance.listCheckpoints({ customerId: "cust_acme" });
  console.log(checkpoints.length);
  const receipt = await pac.balance.receipt("cust_acme", { period: "2026-03" });
  console.log(receipt.proofRoot, receipt.verifyUrl, receipt.verificationApiUrl);
  const invoice = await pac.balance.invoiceProof("cust_acme", { period: "2026-03" });
  console.log(invoice.customerLinkUrl, invoice.accessHint);
  const receipts = await pac.balance.receipts.list("cust_acme", { limit: 25 });
  const document = await pac.balance.receipts.get(receipts[0]?.receiptId ?? "", { timezone: "UTC" });
  console.log(document.links.permalink, document.links.pdf);
  console.log(pac.balance.receipts.emailBody(invoice, { customerName: "Acme Corp", unit: "credits" }));

  const firstPage = await pac.balance.customers({ limit: 50 });
  console.log(firstPage.pagination.totalPages);
  for await (const customer of pac.balance.customers({ limit: 50 })) {
    console.log(customer.customerId, customer.computedBalance);
  }
  for await (const page of pac.balance.listCheckpoints({ limit: 100 }).pages()) {
    console.log(page.checkpoints.length);
  }

  const check = await pac.verify(checkpoint.proofRoot, { source: "both" });
  console.log(check.verified, check.summary.recordCount);
  await pac.publicReceipt(receipt.receiptId);
  const pdf: Uint8Array = await pac.publicReceiptPdf(receipt.receiptId);
  console.log(pdf.byteLength);

  // The casts: proofs.ts types hashes as `0x${string}` while the spec types them as string,
  // so API objects do not type-check as proof inputs yet (they do at run time).
  const record = await pac.balance.deltaStatus("rec_01hv8k3m2x4s");
  if (record.proof) console.log(verifyDeltaProof(record as Parameters<typeof verifyDeltaProof>[0]));
  console.log(verifyReceipt(receipt as Parameters<typeof verifyReceipt>[0]));
  console.log(
    verifyCheckpoint({ ...checkpoint, deltas: receipt.deltas } as Parameters<typeof verifyCheckpoint>[0]),
  );

  const withWebhooks = new PacSpace({ apiKey, webhookSecret: process.env.PACSPACE_WEBHOOK_SECRET ?? "" });
  const event = await withWebhooks.webhooks.constructEvent(rawBody, request.headers);
  if (!event.known) {
    console.log("newer event type", event.event, event.data);
  } else {
    switch (event.event) {
      case "delta.verified":
        console.log(event.data.delta.customerId, event.data.delta.amount, event.data.proof.proofHash);
        break;
      case "delta.failed":
        console.log(event.data.recordId, event.data.error);
        break;
    }
  }

  try {
    const received = await constructWebhookEvent(rawBody, request.headers, { secret: webhookSecret });
    console.log(request.headers.get("X-Event-ID"), received.event);
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    console.log(error.reason);
  }

  try {
    await pac.balance.emit("cust_acme", 0, "");
  } catch (error) {
    if (error instanceof ValidationError) console.log(error.code, error.details);
    else if (error instanceof CadenceLimitError) console.log(error.customerId, error.retryAfterSeconds);
    else if (error instanceof NotFoundError) console.log(error.requestId);
    else throw error;
  }

  const { data, response, requestId, attempts, idempotencyKey } = await pac.balance
    .emit("cust_acme", 5, "Refund")
    .withResponse();
  console.log(data, response.status, requestId, attempts, idempotencyKey);

  const fetch = createPacSpaceFetch({ apiKey, maxRetries: 4, timeout: 10_000 });
  const api = createRawClient({ baseUrl: "https://app.pacspace.io", fetch });
  const raw = await api.GET("/api/v1/balance/derive/{customerId}", {
    params: { path: { customerId: "cust_acme" }, query: { period: "2026-03" } },
  });
  throwIfError(raw.response, raw.data ?? raw.error);
  console.log(raw.data?.data.computedBalance, getResponseMeta(raw.response)?.attempts);

  new PacSpace({
    apiKey,
    fetch: (input, init) => {
      console.log(input.method, input.url);
      return globalThis.fetch(input, init);
    },
  });

  type Limits = components["schemas"]["Limits"];
  type Gaps = ResponseData<"getSequenceGaps">;
  const _types: [Limits?, Gaps?] = [];
  return _types;
}
