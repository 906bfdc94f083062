import { describe, expect, it } from "vitest";
import { createManualClock } from "../../clock.js";
import { createFixture, delta, HOUR } from "../ledger-fixture.js";
import { DEFAULT_IDEMPOTENCY_TTL_MS, IdempotencyStore } from "./idempotency.js";
import { LedgerError } from "./ledger-error.js";

const scope = { tenantId: "t1", environment: "sandbox" };
const request = {
  method: "POST",
  path: "/api/v1/balance/delta",
  body: { customerId: "c1", delta: 5, reason: "r" },
};

function expectCode(run: () => unknown, code: string) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LedgerError);
    expect((error as LedgerError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe("IdempotencyStore", () => {
  it("new → pending while in flight → replay of the exact stored response", () => {
    const store = new IdempotencyStore(createManualClock(0));
    const first = store.begin(scope, "k1", request);
    expect(first.kind).toBe("new");
    expect(store.begin(scope, "k1", request)).toEqual({ kind: "pending" });
    if (first.kind !== "new") throw new Error("unreachable");
    const body = { recordId: "rec_1", nested: { a: 1 } };
    first.complete({ status: 201, body });
    body.nested.a = 2; // later mutation of the caller's object must not leak into replays
    expect(store.begin(scope, "k1", request)).toEqual({
      kind: "replay",
      status: 201,
      body: { recordId: "rec_1", nested: { a: 1 } },
    });
  });

  it("fingerprint ignores key order but not method, path or values", () => {
    const store = new IdempotencyStore(createManualClock(0));
    const claim = store.begin(scope, "k", request);
    if (claim.kind !== "new") throw new Error("unreachable");
    claim.complete({ status: 201, body: {} });
    const reordered = { ...request, body: { reason: "r", delta: 5, customerId: "c1" } };
    expect(store.begin(scope, "k", reordered).kind).toBe("replay");
    expectCode(
      () => store.begin(scope, "k", { ...request, body: { ...request.body, delta: 6 } }),
      "IDEMPOTENCY_KEY_REUSED",
    );
    expectCode(
      () => store.begin(scope, "k", { ...request, path: "/api/v1/balance/delta/batch" }),
      "IDEMPOTENCY_KEY_REUSED",
    );
    expectCode(() => store.begin(scope, "k", { ...request, method: "PUT" }), "IDEMPOTENCY_KEY_REUSED");
  });

  it("scopes keys by tenant and environment", () => {
    const store = new IdempotencyStore(createManualClock(0));
    expect(store.begin(scope, "k", request).kind).toBe("new");
    expect(store.begin({ ...scope, environment: "production" }, "k", request).kind).toBe("new");
    expect(store.begin({ ...scope, tenantId: "t2" }, "k", request).kind).toBe("new");
  });

  it("abandon forgets the key so a corrected request can reuse it", () => {
    const store = new IdempotencyStore(createManualClock(0));
    const claim = store.begin(scope, "k", request);
    if (claim.kind !== "new") throw new Error("unreachable");
    claim.abandon();
    expect(store.begin(scope, "k", { ...request, body: { fixed: true } }).kind).toBe("new");
  });

  it("entries expire after the TTL (24 h by default) on the mock clock", () => {
    const clock = createManualClock(0);
    const store = new IdempotencyStore(clock);
    const claim = store.begin(scope, "k", request);
    if (claim.kind !== "new") throw new Error("unreachable");
    claim.complete({ status: 201, body: { n: 1 } });
    clock.advance(DEFAULT_IDEMPOTENCY_TTL_MS - 1);
    expect(store.begin(scope, "k", request).kind).toBe("replay");
    clock.advance(1);
    expect(store.begin(scope, "k", { ...request, body: "different" }).kind).toBe("new");
    expect(store.size).toBe(1);
  });

  it("a rebuilt answer is built from its ref by the shared rebuild; abandoned and expired slots are cut off", () => {
    const clock = createManualClock(0);
    const store = new IdempotencyStore(clock, 1000);
    const ledgerRows = new Map<string, { recordId: string; status: string }>();
    const rebuild = (ref: string) => ({ ...ledgerRows.get(ref) });
    for (let n = 0; n < 10_000; n++) {
      const claim = store.begin(scope, `key-${n}`, { ...request, body: { n } });
      if (claim.kind !== "new") throw new Error("unreachable");
      if (n % 3 === 0) claim.abandon();
      else {
        ledgerRows.set(`rec_${n}`, { recordId: `rec_${n}`, status: "QUEUED" });
        claim.complete({ status: 201, rebuild, ref: `rec_${n}` });
      }
      if (n % 1000 === 999) clock.advance(600);
    }
    // claims of the last 600 ms only (9000–9999), less the abandoned third
    expect(store.size).toBe(666);
    expect(store.begin(scope, "key-9998", { ...request, body: { n: 9998 } })).toEqual({
      kind: "replay",
      status: 201,
      body: { recordId: "rec_9998", status: "QUEUED" },
    });
    expect(store.begin(scope, "key-9999", { ...request, body: { n: 9999 } }).kind).toBe("new");
    expect(store.begin(scope, "key-10", { ...request, body: { n: 11 } }).kind).toBe("new");
    expectCode(
      () => store.begin(scope, "key-9997", { ...request, body: { n: 0 } }),
      "IDEMPOTENCY_KEY_REUSED",
    );
    clock.advance(1000);
    expect(store.size).toBe(0);
  });

  it("keeps UUID keys (packed) apart from every other key and gives them back as sent", () => {
    const clock = createManualClock(0);
    const store = new IdempotencyStore(clock, 1000);
    const uuid = "9f1c2e4a-7b3d-4c5e-8f60-a1b2c3d4e5f6";
    // packs into 8 code units all within visible ASCII: kept as sent
    const asciiUuid = "00410042-0043-0044-0045-004600470048";
    const keys = [uuid, uuid.toUpperCase(), asciiUuid, "ABCDEFGH", "9f1c2e4a7b3d4c5e8f60a1b2c3d4e5f6"];
    keys.forEach((key, n) => {
      const claim = store.begin(scope, key, { ...request, body: { n } });
      if (claim.kind !== "new") throw new Error(`${key} collided`);
      claim.complete({ status: 201, body: { n } });
    });
    keys.forEach((key, n) => {
      expect(store.begin(scope, key, { ...request, body: { n } })).toEqual({
        kind: "replay",
        status: 201,
        body: { n },
      });
    });
    expect(store.describe().map((entry) => entry.key.split("\u0000")[2])).toEqual(keys);
    const saved = store.saveState();
    expect(saved.slots.map((slot) => slot.key)).toEqual(keys);
    const loaded = new IdempotencyStore(clock, 1000);
    loaded.loadState(saved);
    expect(loaded.begin(scope, uuid, { ...request, body: { n: 0 } }).kind).toBe("replay");
    expectCode(() => loaded.begin(scope, uuid, { ...request, body: { n: 1 } }), "IDEMPOTENCY_KEY_REUSED");
    clock.advance(1000);
    expect(loaded.size).toBe(0);
    expect(loaded.begin(scope, uuid, { ...request, body: { n: 1 } }).kind).toBe("new");
  });

  it("sweeps expired keys of every scope, in claim order", () => {
    const clock = createManualClock(0);
    const store = new IdempotencyStore(clock, 1000);
    const scopes = [scope, { ...scope, environment: "production" }, { ...scope, tenantId: "t2" }];
    for (let n = 0; n < 9_000; n++) {
      const claim = store.begin(scopes[n % 3] as typeof scope, `k${n}`, request);
      if (claim.kind !== "new") throw new Error("unreachable");
      claim.complete({ status: 201, body: { n } });
      if (n % 900 === 899) clock.advance(200);
    }
    // at 2000 ms, the rounds claimed after 1000 ms are live: 4 of 900
    expect(store.size).toBe(3_600);
    expect(store.begin(scopes[0] as typeof scope, "k5400", request).kind).toBe("replay");
    expect(store.begin(scopes[2] as typeof scope, "k5399", request).kind).toBe("new");
    expect(store.saveState().slots).toHaveLength(3_601);
  });

  it("refuses malformed keys", () => {
    const store = new IdempotencyStore(createManualClock(0));
    expectCode(() => store.begin(scope, "", request), "VALIDATION_ERROR");
    expectCode(() => store.begin(scope, "x".repeat(256), request), "VALIDATION_ERROR");
    expectCode(() => store.begin(scope, "has space", request), "VALIDATION_ERROR");
  });
});

describe("idempotent writes through a session", () => {
  const path = "/api/v1/balance/delta";

  it("a replay returns the stored response and writes nothing twice", () => {
    const { ledger, apiKey } = createFixture();
    const body = delta("c1", 10);
    const run = () => {
      const session = ledger.session(apiKey);
      return session.runIdempotent("key-1", { method: "POST", path, body }, () => ({
        status: 201,
        body: session.emitDelta(body),
      }));
    };
    const first = run();
    const second = run();
    expect(first.kind).toBe("fresh");
    expect(second).toMatchObject({ kind: "replay", replayed: true, status: 201 });
    if (first.kind === "pending" || second.kind === "pending") throw new Error("unreachable");
    expect(second.body).toEqual(first.body);
    expect(ledger.inspect().tenants[0]?.environments.sandbox.deltas).toHaveLength(1);
  });

  it("N simultaneous requests with one key produce exactly one delta", async () => {
    const { ledger, apiKey } = createFixture();
    const body = delta("c1", 1);
    // Each "request" claims synchronously, then yields (as a handler awaiting I/O would) before writing.
    const handle = async () => {
      const session = ledger.session(apiKey);
      const claim = session.claimIdempotencyKey("same", { method: "POST", path, body });
      if (claim.kind !== "new") return claim.kind;
      await Promise.resolve();
      claim.complete({ status: 201, body: session.emitDelta(body) });
      return "new";
    };
    const outcomes = await Promise.all(Array.from({ length: 10 }, handle));
    expect(outcomes.filter((kind) => kind === "new")).toHaveLength(1);
    expect(outcomes.filter((kind) => kind === "pending")).toHaveLength(9);
    expect(ledger.inspect().tenants[0]?.environments.sandbox.deltas).toHaveLength(1);
    const after = ledger.session(apiKey).claimIdempotencyKey("same", { method: "POST", path, body });
    expect(after.kind).toBe("replay");
  });

  it("a request that fails validation is not stored: the fixed request may reuse the key", () => {
    const { ledger, apiKey } = createFixture();
    const session = ledger.session(apiKey);
    const bad = delta("c1", 0);
    expect(() =>
      session.runIdempotent("k", { method: "POST", path, body: bad }, () => ({
        status: 201,
        body: session.emitDelta(bad),
      })),
    ).toThrow(LedgerError);
    const good = delta("c1", 1);
    const outcome = session.runIdempotent("k", { method: "POST", path, body: good }, () => ({
      status: 201,
      body: session.emitDelta(good),
    }));
    expect(outcome.kind).toBe("fresh");
  });

  it("another request under a used key is refused with IDEMPOTENCY_KEY_REUSED", () => {
    const { ledger, apiKey } = createFixture();
    const session = ledger.session(apiKey);
    const first = delta("c1", 1);
    session.runIdempotent("k", { method: "POST", path, body: first }, () => ({
      status: 201,
      body: session.emitDelta(first),
    }));
    const other = delta("c1", 2);
    expectCode(
      () =>
        session.runIdempotent("k", { method: "POST", path, body: other }, () => ({
          status: 201,
          body: session.emitDelta(other),
        })),
      "IDEMPOTENCY_KEY_REUSED",
    );
    expect(ledger.inspect().tenants[0]?.environments.sandbox.deltas).toHaveLength(1);
  });

  it("keys expire after 24 h on the mock clock", () => {
    const { ledger, apiKey, clock } = createFixture();
    const body = delta("c1", 1);
    const run = () => {
      const session = ledger.session(apiKey);
      return session.runIdempotent("k", { method: "POST", path, body }, () => ({
        status: 201,
        body: session.emitDelta(body),
      }));
    };
    run();
    clock.advance(24 * HOUR);
    expect(run().kind).toBe("fresh");
    expect(ledger.inspect().tenants[0]?.environments.sandbox.deltas).toHaveLength(2);
  });

  it("without a key the operation simply runs", () => {
    const { ledger, apiKey } = createFixture();
    const session = ledger.session(apiKey);
    const outcome = session.runIdempotent(undefined, { method: "GET", path, body: null }, () => ({
      status: 200,
      body: 1,
    }));
    expect(outcome).toEqual({ kind: "fresh", replayed: false, status: 200, body: 1 });
  });
});
