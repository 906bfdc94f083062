import { describe, expect, it } from "vitest";
import { createIdGenerator } from "./ids.js";

describe("ids", () => {
  it("same seed, same ids; different seed, different ids", () => {
    const a = createIdGenerator("seed-1", { secrets: "seeded" });
    const b = createIdGenerator("seed-1", { secrets: "seeded" });
    const c = createIdGenerator("seed-2", { secrets: "seeded" });
    const draw = (ids: ReturnType<typeof createIdGenerator>) => [
      ids.recordId(),
      ids.recordId(),
      ids.checkpointId(),
      ids.secret(),
    ];
    const fromA = draw(a);
    expect(draw(b)).toEqual(fromA);
    expect(draw(c)).not.toEqual(fromA);
  });

  it("secrets are random per generator unless seeded, ids stay seeded, and reset() replays both", () => {
    const a = createIdGenerator("seed-1");
    const b = createIdGenerator("seed-1");
    const draw = (ids: ReturnType<typeof createIdGenerator>) => ({
      ids: [ids.recordId(), ids.publicId(), ids.webhookId()],
      secrets: [ids.secret(), ids.secret("whsec_"), ids.token("pss_"), ids.receiptId(), ids.mfaCode()],
    });
    const fromA = draw(a);
    const fromB = draw(b);
    expect(fromB.ids).toEqual(fromA.ids);
    // all but the 6-digit MFA code, which two instances may draw alike (one time in a million)
    for (let i = 0; i < 4; i++) expect(fromB.secrets[i]).not.toBe(fromA.secrets[i]);
    expect(fromA.secrets[0]).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(fromA.secrets[2]).toMatch(/^pss_[A-Za-z0-9]{32}$/);
    expect(fromA.secrets[3]).toMatch(/^rcpt_[a-z0-9]{20}$/);
    expect(fromA.secrets[4]).toMatch(/^\d{6}$/);
    a.reset();
    expect(draw(a)).toEqual(fromA);
    const seeded = draw(createIdGenerator("seed-1", { secrets: "seeded" }));
    expect(seeded.ids).toEqual(fromA.ids);
    expect(seeded.secrets).not.toEqual(fromA.secrets);
  });

  it("ids have the documented prefixes and match the spec patterns", () => {
    const ids = createIdGenerator(42);
    expect(ids.recordId()).toMatch(/^rec_[A-Za-z0-9_-]{1,64}$/);
    expect(ids.checkpointId()).toMatch(/^chk_[A-Za-z0-9_-]{1,64}$/);
    expect(ids.receiptId()).toMatch(/^rcpt_[A-Za-z0-9_-]{1,64}$/);
    expect(ids.eventId()).toMatch(/^evt_[A-Za-z0-9_-]{1,64}$/);
    expect(ids.webhookId()).toMatch(/^webhook_[a-z0-9]{24}$/);
    expect(ids.keyId()).toMatch(/^key_/);
    expect(ids.requestId()).toMatch(/^req_/);
    expect(ids.publicId()).toMatch(/^[a-z0-9]{16}$/);
    expect(ids.secret("whsec_")).toMatch(/^whsec_[A-Za-z0-9]{32}$/);
    expect(ids.mfaCode()).toMatch(/^[0-9]{6}$/);
  });

  it("webhook ids take the form of the current docs' example", () => {
    // https://docs.pacspace.io/dashboard-api/webhooks/ answers "id": "webhook_cmh2xyz3e50005l801abc123"
    const documented = "webhook_cmh2xyz3e50005l801abc123";
    const issued = createIdGenerator(7).webhookId();
    expect(issued).toHaveLength(documented.length);
    expect(issued.slice(0, "webhook_".length)).toBe("webhook_");
  });

  it("each kind has its own stream: drawing request ids does not shift record ids", () => {
    const plain = createIdGenerator("s");
    const busy = createIdGenerator("s");
    const first = plain.recordId();
    busy.requestId();
    busy.requestId();
    expect(busy.recordId()).toBe(first);
  });

  it("reset() returns every stream to the seed", () => {
    const ids = createIdGenerator("s");
    const first = [ids.recordId(), ids.eventId()];
    ids.recordId();
    ids.reset();
    expect([ids.recordId(), ids.eventId()]).toEqual(first);
  });

  it("does not repeat within many draws", () => {
    const ids = createIdGenerator("unique");
    const seen = new Set(Array.from({ length: 20_000 }, () => ids.recordId()));
    expect(seen.size).toBe(20_000);
  });
});
