import { describe, expect, it } from "vitest";
import { createManualClock } from "../../clock.js";
import { createFixture } from "../ledger-fixture.js";
import { LedgerError } from "./ledger-error.js";
import { RateLimiter } from "./rate-limits.js";

describe("rate limits", () => {
  it("token bucket: a burst of `capacity`, then RATE_LIMITED with the wait until a token is back", () => {
    const clock = createManualClock(0);
    const limiter = new RateLimiter(clock, { capacity: 2, refillPerSecond: 0.5 });
    limiter.take("k");
    limiter.take("k");
    let error: unknown;
    try {
      limiter.take("k");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LedgerError);
    expect((error as LedgerError).code).toBe("RATE_LIMITED");
    expect((error as LedgerError).status).toBe(429);
    expect((error as LedgerError).retryAfterSeconds).toBe(2);
    limiter.take("other"); // buckets are per key
    clock.advance(2000);
    limiter.take("k");
  });

  it("is off unless configured", () => {
    const limiter = new RateLimiter(createManualClock(0), null);
    for (let i = 0; i < 1000; i++) limiter.take("k");
    expect(() => new RateLimiter(createManualClock(0), { capacity: 0, refillPerSecond: 1 })).toThrow(
      RangeError,
    );
  });

  it("sessions take one token per request", () => {
    const { ledger, apiKey, clock } = createFixture({ rateLimit: { capacity: 3, refillPerSecond: 1 } });
    for (let i = 0; i < 3; i++) ledger.session(apiKey);
    expect(() => ledger.session(apiKey)).toThrow(
      expect.objectContaining({ code: "RATE_LIMITED", retryAfterSeconds: 1 }),
    );
    clock.advance(1000);
    ledger.session(apiKey);
    ledger.setRateLimit(null);
    for (let i = 0; i < 10; i++) ledger.session(apiKey);
  });
});
