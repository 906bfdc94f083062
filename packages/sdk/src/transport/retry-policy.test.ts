import { describe, expect, it } from "vitest";
import { backoffDelayMs, decideResponseRetry, serverDirectedDelayMs } from "./retry-policy.js";

const NOW = Date.parse("2026-03-01T12:00:00Z");
const h = (init: Record<string, string> = {}) => new Headers(init);

describe("backoffDelayMs", () => {
  it("doubles from 0.5 s and caps at 8 s", () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((k) => backoffDelayMs(k, () => 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });

  it("subtracts at most 25 % jitter", () => {
    for (let k = 0; k < 6; k++) {
      const base = Math.min(0.5 * 2 ** k, 8) * 1000;
      for (const r of [0, 0.1, 0.5, 0.9, 0.999999]) {
        const delay = backoffDelayMs(k, () => r);
        expect(delay).toBeLessThanOrEqual(base);
        expect(delay).toBeGreaterThan(base * 0.75);
      }
    }
  });
});

describe("serverDirectedDelayMs", () => {
  it("prefers body retryAfterSeconds, then retry-after-ms, then Retry-After", () => {
    const all = h({ "retry-after-ms": "1500", "retry-after": "9" });
    expect(serverDirectedDelayMs(all, { error: { retryAfterSeconds: 3 } }, NOW)).toBe(3000);
    expect(serverDirectedDelayMs(all, {}, NOW)).toBe(1500);
    expect(serverDirectedDelayMs(h({ "retry-after": "9" }), undefined, NOW)).toBe(9000);
  });

  it("ignores negative or malformed values", () => {
    expect(serverDirectedDelayMs(h({ "retry-after-ms": "-5", "retry-after": "2" }), {}, NOW)).toBe(2000);
    expect(
      serverDirectedDelayMs(h({ "retry-after": "-1" }), { retryAfterSeconds: "abc" }, NOW),
    ).toBeUndefined();
    expect(serverDirectedDelayMs(h(), "not json", NOW)).toBeUndefined();
  });

  it("measures an HTTP date against the given clock", () => {
    const date = new Date(NOW + 42_000).toUTCString();
    expect(serverDirectedDelayMs(h({ "retry-after": date }), {}, NOW)).toBe(42_000);
  });
});

describe("decideResponseRetry", () => {
  it("reports the server's delay even above the cap (the transport decides to surface it)", () => {
    expect(decideResponseRetry(503, h({ "retry-after": "120" }), {}, NOW)).toEqual({
      retry: true,
      reason: "status 503",
      serverDelayMs: 120_000,
    });
  });

  it("names the code in the reason", () => {
    expect(decideResponseRetry(429, h(), { error: { code: "RATE_LIMITED" } }, NOW)).toEqual({
      retry: true,
      reason: "status 429 RATE_LIMITED",
    });
  });

  it("never retries CADENCE_LIMIT, however it is spelled in the body", () => {
    for (const body of [
      { error: { code: "CADENCE_LIMIT" } },
      { code: "CADENCE_LIMIT" },
      '{"code":"CADENCE_LIMIT"}',
    ]) {
      expect(decideResponseRetry(429, h(), body, NOW)).toEqual({ retry: false });
    }
  });
});
