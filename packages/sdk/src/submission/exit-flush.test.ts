import { afterEach, describe, expect, it, vi } from "vitest";
import type { SummaryDelta } from "./batch-transport.js";
import { SummarySubmission } from "./summary-submission.js";

const window = { windowStart: "2026-03-17T00:00:00Z", windowEnd: "2026-03-18T00:00:00Z" };

function recordingSubmission(options: ConstructorParameters<typeof SummarySubmission>[1] = {}) {
  const sent: SummaryDelta[][] = [];
  const submission = new SummarySubmission(async (deltas) => {
    sent.push(deltas);
    return {
      totalQueued: deltas.length,
      totalFailed: 0,
      receiptId: null,
      results: deltas.map((_, index) => ({ index, status: "QUEUED" as const })),
    };
  }, options);
  return { submission, sent };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("flush on exit", () => {
  it("installs one beforeExit listener while summaries wait, and flushes them when it fires", async () => {
    const before = process.listenerCount("beforeExit");
    const first = recordingSubmission({ autoStart: false });
    const second = recordingSubmission({ autoStart: false });
    first.submission.queueSummary({ customerId: "a", delta: -1, ...window });
    second.submission.queueSummary({ customerId: "b", delta: -2, ...window });
    expect(process.listenerCount("beforeExit")).toBe(before + 1);

    const listeners = process.listeners("beforeExit").slice(before);
    for (const listener of listeners) listener.call(process, 0);
    await vi.waitFor(() => expect([first.sent.length, second.sent.length]).toEqual([1, 1]));
    expect(process.listenerCount("beforeExit")).toBe(before);
  });

  it("leaves the listener out with autoFlushOnShutdown: false, and removes it once the queue is empty", async () => {
    const before = process.listenerCount("beforeExit");
    const off = recordingSubmission({ autoStart: false, autoFlushOnShutdown: false });
    off.submission.queueSummary({ customerId: "a", delta: -1, ...window });
    expect(process.listenerCount("beforeExit")).toBe(before);

    const on = recordingSubmission({ autoStart: false });
    on.submission.queueSummary({ customerId: "a", delta: -1, ...window });
    expect(process.listenerCount("beforeExit")).toBe(before + 1);
    await on.submission.flushSummaries();
    expect(process.listenerCount("beforeExit")).toBe(before);
  });

  it("in a browser, flushes on pagehide", async () => {
    const target = new EventTarget();
    vi.stubGlobal("document", {});
    vi.stubGlobal("addEventListener", target.addEventListener.bind(target));
    vi.stubGlobal("removeEventListener", target.removeEventListener.bind(target));
    const before = process.listenerCount("beforeExit");
    const { submission, sent } = recordingSubmission({ autoStart: false });
    submission.queueSummary({ customerId: "a", delta: -1, ...window });
    expect(process.listenerCount("beforeExit")).toBe(before);
    target.dispatchEvent(new Event("pagehide"));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
  });
});
