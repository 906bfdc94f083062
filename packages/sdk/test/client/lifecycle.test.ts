import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PacSpace } from "../../src/client.js";
import { ClientClosedError } from "../../src/client-closed.js";
import { InvalidSubmissionProfileError } from "../../src/submission/errors.js";
import { clientWith, envelope, failure, fakeApi, TEST_KEY } from "./fake-api.js";

const window = { windowStart: "2026-03-17T00:00:00Z", windowEnd: "2026-03-18T00:00:00Z" };

function batchAccepted(count: number) {
  return envelope(
    {
      totalQueued: count,
      totalFailed: 0,
      receiptId: null,
      results: Array.from({ length: count }, (_, index) => ({
        index,
        status: "QUEUED",
        recordId: `rec_${index}`,
      })),
    },
    201,
  );
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("pac.close()", () => {
  it("makes every later call reject with CLIENT_CLOSED and the reason, public verification included", async () => {
    const { pac, requests } = clientWith(() => envelope({ remaining: 1 }));
    await pac.balance.usage();
    pac.close("maintenance window");
    expect(pac.closed).toBe(true);
    for (const call of [
      pac.balance.usage(),
      pac.balance.emit("cust_1", -1, "usage"),
      pac.verify(`0x${"ab".repeat(32)}`),
    ]) {
      const error = await rejectionOf(call);
      expect(error).toBeInstanceOf(ClientClosedError);
      expect(error).toMatchObject({ code: "CLIENT_CLOSED", message: "maintenance window" });
    }
    expect(requests).toHaveLength(1);
    expect(PacSpace.ClientClosedError).toBe(ClientClosedError);
  });

  it("uses the official SDKs' default reason and stops the summary scheduler", () => {
    const { pac } = clientWith([]);
    pac.balance.submission.queueSummary({ customerId: "cust_1", delta: -1, ...window });
    expect(pac.balance.submission.getSummaryQueueState().isRunning).toBe(true);
    pac.close();
    expect(pac.balance.submission.getSummaryQueueState()).toMatchObject({
      isRunning: false,
      nextFlushAt: null,
    });
    expect(() => pac.balance.submission.queueSummary({ customerId: "cust_2", delta: -1, ...window })).toThrow(
      new ClientClosedError("SDK closed"),
    );
    expect(() => pac.balance.submission.start()).toThrow(ClientClosedError);
  });

  it("raw calls are refused too", async () => {
    const { pac } = clientWith([]);
    pac.close();
    await expect(pac.raw.GET("/api/v1/balance/usage")).rejects.toBeInstanceOf(ClientClosedError);
  });
});

describe("pac.shutdown()", () => {
  it("flushes queued summaries in one batch request, then closes", async () => {
    const { pac, requests } = clientWith([batchAccepted(2)]);
    pac.balance.submission.queueSummaries([
      { customerId: "cust_1", delta: -1, ...window },
      { customerId: "cust_2", delta: -2, ...window },
    ]);
    const report = await pac.shutdown();
    expect(report).toMatchObject({ attempted: 2, submitted: 2, requestCount: 1, queuedAfterFlush: 0 });
    expect(requests.map((request) => [request.method, request.path])).toEqual([
      ["POST", "/api/v1/balance/delta/batch"],
    ]);
    const error = await rejectionOf(pac.balance.usage());
    expect(error).toMatchObject({ code: "CLIENT_CLOSED", message: "SDK shutdown" });
    await expect(pac.shutdown()).rejects.toBeInstanceOf(ClientClosedError);
  });

  it("closes even when the flush could not submit, reporting the failures", async () => {
    const { pac } = clientWith([failure(400, "VALIDATION_ERROR")]);
    pac.balance.submission.queueSummary({ customerId: "cust_1", delta: -1, ...window });
    const report = await pac.shutdown("bye");
    expect(report).toMatchObject({ submitted: 0, failed: 1, queuedAfterFlush: 1 });
    expect(report.failures[0]).toMatchObject({ customerId: "cust_1", detail: "VALIDATION_ERROR" });
    expect(pac.closed).toBe(true);
  });
});

describe("new PacSpace({ submission })", () => {
  it("refuses enterprise-only profiles without enterprise: true", () => {
    const api = fakeApi([]);
    expect(
      () => new PacSpace({ apiKey: TEST_KEY, fetch: api.fetch, submission: { profile: "immediate" } }),
    ).toThrow(InvalidSubmissionProfileError);
    const pac = new PacSpace({
      apiKey: TEST_KEY,
      fetch: api.fetch,
      submission: { profile: "sub_daily", enterprise: true, autoFlushOnShutdown: false },
    });
    expect(pac.balance.submission.getSummaryQueueState()).toMatchObject({
      profile: "sub_daily",
      cadenceMs: 21_600_000,
    });
  });
});

describe("in a Node process", () => {
  it("the scheduler never keeps the process alive, and beforeExit flushes the queue", async () => {
    const script = fileURLToPath(new URL("../submission/exit-flush-process.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: fileURLToPath(new URL("../../../..", import.meta.url)),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const killer = setTimeout(() => child.kill(), 30_000);
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    clearTimeout(killer);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const [state, request] = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(state).toMatchObject({ isRunning: true, queuedCount: 1 });
    expect(request).toMatchObject({
      path: "/api/v1/balance/delta/batch",
      body: { deltas: [{ customerId: "cust_exit", delta: -3, reason: "usage_summary" }] },
    });
  }, 40_000);
});
