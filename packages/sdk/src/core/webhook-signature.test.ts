import { describe, expect, it } from "vitest";
import { nodeHmacHex } from "../../test/oracles.js";
import { signWebhookPayload, verifyWebhookSignature } from "./webhook-signature.js";

const secret = "whsec_current";
const oldSecret = "whsec_previous";
const body = '{"id":"evt_1","event":"delta.verified"}';
const t = 1_750_000_000;
const now = t * 1000;

describe("webhook signatures", () => {
  it('signs "timestamp.body" with the whole whsec_ string, one v1 per secret', async () => {
    expect(await signWebhookPayload({ secrets: secret, timestamp: t, body })).toBe(
      `v1=${nodeHmacHex(secret, `${t}.${body}`)}`,
    );
    expect(await signWebhookPayload({ secrets: [secret, oldSecret], timestamp: t, body })).toBe(
      `v1=${nodeHmacHex(secret, `${t}.${body}`)},v1=${nodeHmacHex(oldSecret, `${t}.${body}`)}`,
    );
  });

  it("accepts a fresh delivery, including during a rotation", async () => {
    const header = await signWebhookPayload({ secrets: [secret, oldSecret], timestamp: t, body });
    for (const verifyWith of [secret, oldSecret, [oldSecret, secret]]) {
      expect(
        await verifyWebhookSignature({
          body,
          signatureHeader: header,
          timestampHeader: String(t),
          secret: verifyWith,
          now,
        }),
      ).toEqual({ valid: true, timestamp: t });
    }
  });

  it("reads timestamps ≥ 1e12 as milliseconds and signs them as sent", async () => {
    const ms = now + 1234;
    const header = `v1=${nodeHmacHex(secret, `${ms}.${body}`)}`;
    expect(
      await verifyWebhookSignature({
        body,
        signatureHeader: header,
        timestampHeader: String(ms),
        secret,
        now,
      }),
    ).toEqual({ valid: true, timestamp: ms });
  });

  it("rejects timestamps outside the tolerance in either direction", async () => {
    for (const sent of [t - 301, t + 301]) {
      const header = await signWebhookPayload({ secrets: secret, timestamp: sent, body });
      const result = await verifyWebhookSignature({
        body,
        signatureHeader: header,
        timestampHeader: String(sent),
        secret,
        now,
      });
      expect(result).toMatchObject({ valid: false, reason: "timestamp_out_of_tolerance" });
    }
    const edge = await signWebhookPayload({ secrets: secret, timestamp: t - 300, body });
    expect(
      await verifyWebhookSignature({
        body,
        signatureHeader: edge,
        timestampHeader: String(t - 300),
        secret,
        now,
      }),
    ).toMatchObject({ valid: true });
    expect(
      await verifyWebhookSignature({
        body,
        signatureHeader: edge,
        timestampHeader: String(t - 300),
        secret,
        now,
        toleranceSeconds: 10,
      }),
    ).toMatchObject({ valid: false, reason: "timestamp_out_of_tolerance" });
  });

  it("classifies bad input", async () => {
    const header = await signWebhookPayload({ secrets: secret, timestamp: t, body });
    const check = (
      signatureHeader: string | null | undefined,
      timestampHeader: string | null | undefined,
      b = body,
    ) => verifyWebhookSignature({ body: b, signatureHeader, timestampHeader, secret, now });
    expect(await check(undefined, String(t))).toMatchObject({ valid: false, reason: "missing_header" });
    expect(await check(header, null)).toMatchObject({ valid: false, reason: "missing_header" });
    expect(await check("", String(t))).toMatchObject({ valid: false, reason: "missing_header" });
    expect(await check(header, "12.5")).toMatchObject({ valid: false, reason: "malformed_header" });
    expect(await check(header, "soon")).toMatchObject({ valid: false, reason: "malformed_header" });
    expect(await check("v0=abc", String(t))).toMatchObject({ valid: false, reason: "malformed_header" });
    expect(await check("v1=XYZ", String(t))).toMatchObject({ valid: false, reason: "malformed_header" });
    expect(await check(header, String(t + 1))).toMatchObject({
      valid: false,
      reason: "no_matching_signature",
    });
    expect(await check(header, String(t), `${body} `)).toMatchObject({
      valid: false,
      reason: "no_matching_signature",
    });
    expect(await check(`v0=zz, ${header}`, String(t))).toMatchObject({ valid: true });
    expect(
      await verifyWebhookSignature({
        body,
        signatureHeader: header,
        timestampHeader: String(t),
        secret: "whsec_x",
        now,
      }),
    ).toMatchObject({ valid: false, reason: "no_matching_signature" });
  });
});
