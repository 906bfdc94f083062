import { describe, expect, it } from "vitest";
import { RequestLog } from "./request-log.js";

const entry = (path: string, status: number | null = 200) => ({
  at: "2026-04-15T12:00:00.000Z",
  method: "GET",
  path,
  status,
  durationMs: 1,
  requestId: null,
  idempotentReplayed: false,
  replayedRecordIds: [],
  faultIds: [],
});

describe("RequestLog", () => {
  it("keeps only the newest entries, numbering on across the ones that fell off", () => {
    const log = new RequestLog(3);
    for (let i = 1; i <= 10; i++) log.add(entry(`/r/${i}`));
    const { requests, total } = log.query({ limit: 10 });
    expect(total).toBe(3);
    expect(requests.map((request) => [request.seq, request.path])).toEqual([
      [10, "/r/10"],
      [9, "/r/9"],
      [8, "/r/8"],
    ]);
  });

  it("reads back each entry's own path when requests to one path are interleaved with others", () => {
    const log = new RequestLog(5);
    for (const path of ["/a", "/a", "/b", "/a", "/a?x=1"]) log.add(entry(path));
    expect(log.query({ limit: 5 }).requests.map((request) => request.path)).toEqual([
      "/a?x=1",
      "/a",
      "/b",
      "/a",
      "/a",
    ]);
  });

  it("tells listeners about each entry until they unsubscribe; a dropped connection has no status", () => {
    const log = new RequestLog();
    const seen: Array<number | null> = [];
    const off = log.on((added) => seen.push(added.status));
    expect(log.listening).toBe(true);
    log.add(entry("/a", 201));
    log.add(entry("/b", null));
    off();
    log.add(entry("/c"));
    expect(seen).toEqual([201, null]);
    expect(log.listening).toBe(false);
    expect(log.query({ limit: 5, status: "2xx" }).requests.map((request) => request.path)).toEqual([
      "/c",
      "/a",
    ]);
  });

  it("keeps replays and struck faults per entry past a wrap of the ring; times read back as ISO 8601", () => {
    const log = new RequestLog(4);
    const at = Date.UTC(2026, 3, 15, 12);
    for (let i = 1; i <= 6; i++) {
      log.record(
        "POST",
        "/api/v1/balance/delta",
        at + i,
        201,
        0.5,
        `req_${i}`,
        i === 5,
        i === 5 ? ["rec_5"] : [],
        i === 6 ? ["flt_1"] : [],
      );
    }
    expect(log.query({ limit: 10, replayedOnly: true }).requests).toEqual([
      {
        seq: 5,
        at: "2026-04-15T12:00:00.005Z",
        method: "POST",
        path: "/api/v1/balance/delta",
        status: 201,
        durationMs: 0.5,
        requestId: "req_5",
        idempotentReplayed: true,
        replayedRecordIds: ["rec_5"],
        faultIds: [],
      },
    ]);
    expect(log.query({ limit: 10, faultedOnly: true }).requests.map((request) => request.faultIds)).toEqual([
      ["flt_1"],
    ]);
    expect(log.query({ limit: 10, afterSeq: 4 }).requests.map((request) => request.seq)).toEqual([6, 5]);
    expect(log.query({ limit: 10 }).total).toBe(4);
  });
});
