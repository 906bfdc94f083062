import { describe, expect, it } from "vitest";
import { parseApiKey } from "../kernel/core.js";
import { codeOf, createFixture, DAY, delta } from "../ledger-fixture.js";

describe("API keys", () => {
  it("issues pk_test_/pk_live_ keys once and stores only a hash of the secret", () => {
    const { ledger, tenantId, apiKey } = createFixture();
    const parsed = parseApiKey(apiKey);
    expect(parsed?.environment).toBe("test");
    const dump = JSON.stringify(ledger.inspect());
    expect(dump).not.toContain(parsed?.secret);
    expect(JSON.stringify(ledger.listApiKeys(tenantId))).not.toContain(parsed?.secret);
    const live = ledger.createApiKey(tenantId, { environment: "live" });
    expect(live.apiKey).toMatch(/^pk_live_[a-z0-9]+\.[A-Za-z0-9]+$/);
  });

  it("authenticate resolves tenant, environment and key", () => {
    const { ledger, tenantId, apiKey, keyId } = createFixture();
    expect(ledger.authenticate(apiKey)).toEqual({
      tenantId,
      environment: "sandbox",
      keyEnvironment: "test",
      keyId,
    });
    const live = ledger.createApiKey(tenantId, { environment: "live" });
    expect(ledger.authenticate(live.apiKey).environment).toBe("production");
  });

  it("missing, malformed, unknown, wrong-secret and environment-swapped keys are INVALID_API_KEY", () => {
    const { ledger, apiKey } = createFixture();
    const parsed = parseApiKey(apiKey);
    if (!parsed) throw new Error("unreachable");
    for (const bad of [
      undefined,
      null,
      "",
      "garbage",
      `pk_test_unknown00000000.${parsed.secret}`,
      `${parsed.publicKey}.wrong-secret`,
      `pk_live_${parsed.publicId}.${parsed.secret}`,
    ]) {
      expect(codeOf(() => ledger.authenticate(bad))).toBe("INVALID_API_KEY");
    }
  });

  it("disabled → API_KEY_DISABLED; enabled again → works; revoked → INVALID_API_KEY for good", () => {
    const { ledger, tenantId, apiKey, keyId } = createFixture();
    ledger.updateApiKey(tenantId, keyId, { active: false });
    expect(codeOf(() => ledger.authenticate(apiKey))).toBe("API_KEY_DISABLED");
    expect(codeOf(() => ledger.session(apiKey))).toBe("API_KEY_DISABLED");
    // a wrong secret on a disabled key does not reveal that the key exists
    expect(codeOf(() => ledger.authenticate(`${parseApiKey(apiKey)?.publicKey}.nope`))).toBe(
      "INVALID_API_KEY",
    );
    ledger.updateApiKey(tenantId, keyId, { active: true });
    expect(codeOf(() => ledger.authenticate(apiKey))).toBe("ok");
    ledger.revokeApiKey(tenantId, keyId);
    expect(codeOf(() => ledger.authenticate(apiKey))).toBe("INVALID_API_KEY");
    expect(codeOf(() => ledger.updateApiKey(tenantId, keyId, { active: true }))).toBe("CONFLICT");
    expect(ledger.getApiKey(tenantId, keyId).status).toBe("revoked");
  });

  it("session() reuses its session per key, yet checks the key on every call", () => {
    const { ledger, tenantId, apiKey, keyId, clock } = createFixture();
    const first = ledger.session(apiKey);
    expect(ledger.session(apiKey)).toBe(first);
    expect(first.auth).toEqual(ledger.authenticate(apiKey));
    // a session of another key of the same environment is its own
    const other = ledger.createApiKey(tenantId, { environment: "test" });
    expect(ledger.session(other.apiKey)).not.toBe(first);
    expect(ledger.session(other.apiKey).auth.keyId).not.toBe(keyId);
    const rotated = ledger.rotateApiKey(tenantId, keyId);
    expect(ledger.session(rotated.apiKey).auth.keyId).toBe(keyId);
    clock.advance(DAY);
    expect(codeOf(() => ledger.session(apiKey))).toBe("INVALID_API_KEY");
    ledger.updateApiKey(tenantId, keyId, { active: false });
    expect(codeOf(() => ledger.session(rotated.apiKey))).toBe("API_KEY_DISABLED");
    ledger.revokeApiKey(tenantId, keyId);
    expect(codeOf(() => ledger.session(rotated.apiKey))).toBe("INVALID_API_KEY");
    // a reset ledger builds new sessions
    ledger.reset();
    expect(codeOf(() => ledger.session(other.apiKey))).toBe("INVALID_API_KEY");
  });

  it("rotation: the new secret works at once, the old one for the 24 h overlap on the mock clock", () => {
    const { ledger, tenantId, apiKey, keyId, clock } = createFixture();
    const rotated = ledger.rotateApiKey(tenantId, keyId);
    expect(rotated.apiKey).not.toBe(apiKey);
    expect(parseApiKey(rotated.apiKey)?.publicId).toBe(parseApiKey(apiKey)?.publicId);
    expect(codeOf(() => ledger.authenticate(apiKey))).toBe("ok");
    expect(codeOf(() => ledger.authenticate(rotated.apiKey))).toBe("ok");
    clock.advance(DAY - 1);
    expect(codeOf(() => ledger.authenticate(apiKey))).toBe("ok");
    clock.advance(1);
    expect(codeOf(() => ledger.authenticate(apiKey))).toBe("INVALID_API_KEY");
    expect(codeOf(() => ledger.authenticate(rotated.apiKey))).toBe("ok");
  });

  it("a key that authenticated before stops at once when rotated past its overlap, disabled or revoked", () => {
    const { ledger, tenantId, apiKey, keyId, clock } = createFixture();
    // authenticated several times first, so the verified secret is remembered
    for (let i = 0; i < 3; i++) expect(codeOf(() => ledger.authenticate(apiKey))).toBe("ok");
    const rotated = ledger.rotateApiKey(tenantId, keyId);
    for (let i = 0; i < 3; i++) {
      expect(codeOf(() => ledger.authenticate(apiKey))).toBe("ok");
      expect(codeOf(() => ledger.authenticate(rotated.apiKey))).toBe("ok");
    }
    clock.advance(DAY);
    expect(codeOf(() => ledger.authenticate(apiKey))).toBe("INVALID_API_KEY");
    const again = ledger.rotateApiKey(tenantId, keyId);
    expect(codeOf(() => ledger.authenticate(rotated.apiKey))).toBe("ok");
    expect(codeOf(() => ledger.authenticate(again.apiKey))).toBe("ok");
    // the first secret, remembered once, stays refused after a second rotation
    expect(codeOf(() => ledger.authenticate(apiKey))).toBe("INVALID_API_KEY");
    ledger.updateApiKey(tenantId, keyId, { active: false });
    expect(codeOf(() => ledger.authenticate(again.apiKey))).toBe("API_KEY_DISABLED");
    ledger.updateApiKey(tenantId, keyId, { active: true });
    expect(codeOf(() => ledger.authenticate(again.apiKey))).toBe("ok");
    ledger.revokeApiKey(tenantId, keyId);
    expect(codeOf(() => ledger.authenticate(again.apiKey))).toBe("INVALID_API_KEY");
    expect(codeOf(() => ledger.authenticate(rotated.apiKey))).toBe("INVALID_API_KEY");
    expect(codeOf(() => ledger.session(again.apiKey))).toBe("INVALID_API_KEY");
  });

  it("the Free plan has no production: live keys are FORBIDDEN, also after a downgrade", () => {
    const { ledger, tenantId } = createFixture({ plan: "free" });
    expect(codeOf(() => ledger.createApiKey(tenantId, { environment: "live" }))).toBe("FORBIDDEN");
    ledger.updateTenant(tenantId, { plan: "pilot" });
    const live = ledger.createApiKey(tenantId, { environment: "live" });
    expect(codeOf(() => ledger.authenticate(live.apiKey))).toBe("ok");
    ledger.updateTenant(tenantId, { plan: "free" });
    expect(codeOf(() => ledger.authenticate(live.apiKey))).toBe("FORBIDDEN");
  });

  it("unknown tenants and keys are NOT_FOUND; bad environment is VALIDATION_ERROR", () => {
    const { ledger, tenantId } = createFixture();
    expect(codeOf(() => ledger.createApiKey("ten_nope", { environment: "test" }))).toBe("NOT_FOUND");
    expect(codeOf(() => ledger.getApiKey(tenantId, "key_nope"))).toBe("NOT_FOUND");
    expect(codeOf(() => ledger.createApiKey(tenantId, { environment: "prod" as "live" }))).toBe(
      "VALIDATION_ERROR",
    );
  });
});

describe("isolation between tenants and environments", () => {
  it("nothing crosses (tenant, environment); foreign and unknown look identical", () => {
    const { ledger, tenantId, apiKey } = createFixture();
    const other = ledger.createTenant({ tenantId: "ten_other", plan: "growth" });
    const otherKey = ledger.createApiKey(other.tenantId, { environment: "test" }).apiKey;
    const liveKey = ledger.createApiKey(tenantId, { environment: "live" }).apiKey;

    const mine = ledger.session(apiKey).emitDelta(delta("shared-id", 5));
    for (const key of [otherKey, liveKey]) {
      const session = ledger.session(key);
      const errorFor = (run: () => unknown) => {
        try {
          run();
        } catch (error) {
          return (error as Error & { code: string; status: number }).code + (error as Error).message;
        }
        return "ok";
      };
      expect(errorFor(() => session.getDeltaStatus(mine.recordId))).toBe(
        errorFor(() => session.getDeltaStatus("rec_doesnotexist")),
      );
      expect(errorFor(() => session.getCustomer("shared-id"))).toBe(
        errorFor(() => session.getCustomer("never-seen")),
      );
      expect(errorFor(() => session.deriveBalance("shared-id"))).toBe(
        errorFor(() => session.deriveBalance("never-seen")),
      );
      expect(errorFor(() => session.deriveBalance("never-seen"))).toMatch(/^CUSTOMER_NOT_FOUND/);
      expect(session.listCustomers().customers).toEqual([]);
      expect(session.getCustomersSummary().totalDeltas).toBe(0);
      // the same customerId starts its own sequence in each ledger
      expect(session.emitDelta(delta("shared-id", 1)).sequenceNumber).toBe(1);
    }
    expect(ledger.session(apiKey).deriveBalance("shared-id").computedBalance).toBe(5);
  });
});
