/**
 * Run as its own Node process by lifecycle.test.ts: queues a summary on a daily scheduler and
 * lets the script end. The process must exit (the scheduler's timer is unref'd) after the
 * `beforeExit` flush sent the summary, which this script prints as one JSON line.
 */
import { PacSpace } from "../../src/index.js";

const pac = new PacSpace({
  apiKey: "pk_test_pub123.s3cret_Value-0123456789",
  baseUrl: "https://api.pacspace.test",
  fetch: async (request) => {
    process.stdout.write(
      `${JSON.stringify({ path: new URL(request.url).pathname, body: await request.json() })}\n`,
    );
    return new Response(
      JSON.stringify({
        success: true,
        data: { totalQueued: 1, totalFailed: 0, receiptId: null, results: [{ index: 0, status: "QUEUED" }] },
      }),
      { status: 201, headers: { "content-type": "application/json" } },
    );
  },
});

pac.balance.submission.queueSummary({
  customerId: "cust_exit",
  delta: -3,
  windowStart: "2026-03-17T00:00:00Z",
  windowEnd: "2026-03-18T00:00:00Z",
});
process.stdout.write(`${JSON.stringify(pac.balance.submission.getSummaryQueueState())}\n`);
