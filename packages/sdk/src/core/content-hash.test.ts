import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keccakHex, naiveContentHash } from "../../test/oracles.js";
import { type ContentPayload, contentHash } from "./content-hash.js";

describe("contentHash", () => {
  const payload: ContentPayload = { customerId: "cust_1", delta: -12.5, reason: "api call" };

  it("hashes the tagged canonical JSON of the payload", () => {
    expect(contentHash(payload)).toBe(
      keccakHex('pacspace:item:v1:{"customerId":"cust_1","delta":-12.5,"reason":"api call"}'),
    );
  });

  it("omits absent, undefined and null optional fields alike", () => {
    const expected = contentHash(payload);
    expect(contentHash({ ...payload, referenceId: undefined, metadata: undefined })).toBe(expected);
    expect(contentHash({ ...payload, referenceId: null, metadata: null } as unknown as ContentPayload)).toBe(
      expected,
    );
  });

  it("ignores properties outside the five payload fields", () => {
    const record = { ...payload, recordId: "rec_1", status: "VERIFIED", sequenceNumber: 3 };
    expect(contentHash(record)).toBe(contentHash(payload));
  });

  it("commits to every payload field and to key order independence", () => {
    const full: ContentPayload = { ...payload, referenceId: "inv-9", metadata: { b: 1, a: [true, null] } };
    expect(contentHash(full)).not.toBe(contentHash(payload));
    expect(contentHash({ ...full, metadata: { a: [true, null], b: 1 } })).toBe(contentHash(full));
    expect(contentHash({ ...full, delta: -12.51 })).not.toBe(contentHash(full));
    expect(contentHash({ ...full, referenceId: "inv-10" })).not.toBe(contentHash(full));
  });

  it("serializes delta the ECMAScript way (0.1+0.2 is not 0.3)", () => {
    expect(contentHash({ ...payload, delta: 0.1 + 0.2 })).not.toBe(contentHash({ ...payload, delta: 0.3 }));
    expect(contentHash({ ...payload, delta: 1e-7 })).toBe(
      keccakHex('pacspace:item:v1:{"customerId":"cust_1","delta":1e-7,"reason":"api call"}'),
    );
  });

  it("rejects payloads that are not the documented shape", () => {
    expect(() => contentHash({ ...payload, delta: Number.NaN })).toThrow(TypeError);
    expect(() => contentHash({ ...payload, delta: "5" as unknown as number })).toThrow(TypeError);
    expect(() => contentHash({ ...payload, customerId: 5 as unknown as string })).toThrow(TypeError);
    expect(() => contentHash({ ...payload, metadata: [] as unknown as Record<string, unknown> })).toThrow(
      TypeError,
    );
    expect(() => contentHash({ ...payload, metadata: { n: 10n } })).toThrow(TypeError);
  });

  it("agrees with an independent JCS + keccak pipeline", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            customerId: fc.stringMatching(/^[A-Za-z0-9_.:-]{1,20}$/),
            delta: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
            reason: fc.string({ unit: "grapheme", minLength: 1 }),
            referenceId: fc.string({ minLength: 1 }),
            metadata: fc.dictionary(fc.string(), fc.jsonValue()),
          },
          { requiredKeys: ["customerId", "delta", "reason"] },
        ),
        (generated) => {
          expect(contentHash(generated)).toBe(naiveContentHash(generated));
        },
      ),
    );
  });
});
