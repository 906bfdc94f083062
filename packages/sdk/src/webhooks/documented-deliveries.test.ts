import { createHmac } from "node:crypto";
import { describe, expect, expectTypeOf, it } from "vitest";
import { WebhookVerificationError } from "../errors.js";
import { constructWebhookEvent, isValidWebhook, verifyWebhook } from "./verify.js";
import { Webhooks } from "./webhooks.js";

/**
 * Deliveries exactly as the PacSpace docs and the official Python SDK describe them, signed
 * the way https://docs.pacspace.io/webhooks/signature-verification/ says (lowercase hex
 * HMAC-SHA256 of "{X-PacSpace-Timestamp}.{raw body}", header "v1=<hex>"), with node:crypto
 * rather than the SDK's own signer.
 */

const SECRET = "whsec_k7x9m2p4q8r1t5v3";
const NOW_S = Date.UTC(2026, 1, 11, 10, 30, 13) / 1000;
const options = { secret: SECRET, now: NOW_S * 1000 };

function docsSignature(secret: string, timestamp: string, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

function deliveryHeaders(body: string, timestamp = String(NOW_S), secret = SECRET) {
  return {
    "X-PacSpace-Signature": docsSignature(secret, timestamp, body),
    "X-PacSpace-Timestamp": timestamp,
    "X-Webhook-Event": (JSON.parse(body) as { event: string }).event,
    "X-Event-ID": "evt_a1b2c3d4",
  };
}

async function reasonOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).reason;
}

// https://docs.pacspace.io/webhooks/payload-reference (delta.verified example), verbatim.
const PAYLOAD_REFERENCE_BODY = `{"event":"delta.verified","timestamp":"2026-02-11T10:30:12.456Z","data":{
  "receiptId":"0x8f3a9b2c1d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f",
  "deltaIndex":null,"status":"verified","verifiedAt":"2026-02-11T10:30:12.000Z","verificationId":"0xabc123...",
  "delta":{"customerId":"cust_8xKj2m","amount":-42.50,"reason":"usage_charge","referenceId":"inv_20260211_001",
           "metadata":{"plan":"growth","region":"us-east-1"},"submittedAt":"2026-02-11T10:30:00.000Z"},
  "proof":{"proofHash":"0x8f3a9b2c1d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f",
           "contentHash":"0x2d4e7f1a3b5c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d",
           "itemHashes":["0x2d4e7f1a3b5c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d",
                         "0x9f1a3c5e7b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f"],
           "previousProofHash":"0x1c7b2e4a6d8f0b3c5e7a9d1f3b5c7e9a2d4f6b8c0e2a4d6f8b1c3e5a7d9f0b"},
  "verification":{"verified":true,"latencyMs":1204,"discrepancies":[]},
  "period":{"id":"2026-02","deltaCount":1042,"netDelta":0},
  "usage":{"plan":"growth","includedDeltas":500000,"consumedDeltas":1042,"remainingDeltas":498958,"overageRate":"$0.010/delta"}}}`;

// The older payload-reference variant's differing values (same page, earlier revision).
const OLDER_VARIANT = JSON.stringify({
  ...JSON.parse(PAYLOAD_REFERENCE_BODY),
  data: {
    ...JSON.parse(PAYLOAD_REFERENCE_BODY).data,
    receiptId: "rcpt_a1b2c3d4e5f6",
    deltaIndex: 1042,
    verificationId: "ver_x7y8z9",
    period: { id: "per_2026_02", deltaCount: 1042, netDelta: -15780.25 },
    usage: {
      plan: "growth",
      includedDeltas: 10000,
      consumedDeltas: 1042,
      remainingDeltas: 8958,
      overageRate: 0.02,
    },
  },
});

describe("a delivery in the documented shape {event, timestamp, data}", () => {
  it("verifies, is valid and parses as a typed delta.verified through every entry point", async () => {
    const headers = deliveryHeaders(PAYLOAD_REFERENCE_BODY);
    const envelope = await verifyWebhook(PAYLOAD_REFERENCE_BODY, headers, options);
    expect(envelope).toEqual(JSON.parse(PAYLOAD_REFERENCE_BODY));
    expect(await isValidWebhook(PAYLOAD_REFERENCE_BODY, headers, options)).toBe(true);

    const event = await constructWebhookEvent(PAYLOAD_REFERENCE_BODY, headers, options);
    if (!(event.known && event.event === "delta.verified"))
      throw new Error("expected a known delta.verified");
    expect(event.timestamp).toBe("2026-02-11T10:30:12.456Z");
    expect(event.data.delta).toMatchObject({ customerId: "cust_8xKj2m", amount: -42.5 });
    expect(event.data.proof.itemHashes).toHaveLength(2);
    expect(event.data.usage?.remainingDeltas).toBe(498958);
    expectTypeOf(event.data.deltaIndex).toEqualTypeOf<number | null>();

    const client = new Webhooks(SECRET);
    expect(await client.isValid(PAYLOAD_REFERENCE_BODY, headers, { now: options.now })).toBe(true);
    await expect(
      client.constructEvent(PAYLOAD_REFERENCE_BODY, headers, { now: options.now }),
    ).resolves.toEqual({
      ...JSON.parse(PAYLOAD_REFERENCE_BODY),
      known: true,
    });
  });

  it("accepts the older variant of the payload reference (rcpt_/ver_ ids, numeric overage rate)", async () => {
    const event = await constructWebhookEvent(OLDER_VARIANT, deliveryHeaders(OLDER_VARIANT), options);
    expect(event).toMatchObject({ known: true, data: { deltaIndex: 1042, usage: { overageRate: 0.02 } } });
  });

  it("verifies with the signature headers alone (no X-Event-ID, no X-Webhook-Event)", async () => {
    const {
      "X-Event-ID": _id,
      "X-Webhook-Event": _event,
      ...signatureOnly
    } = deliveryHeaders(PAYLOAD_REFERENCE_BODY);
    await expect(verifyWebhook(PAYLOAD_REFERENCE_BODY, signatureOnly, options)).resolves.toMatchObject({
      event: "delta.verified",
    });
  });

  it("is refused when tampered with: changed body, wrong secret, stale or future timestamp", async () => {
    const headers = deliveryHeaders(PAYLOAD_REFERENCE_BODY);
    const changed = PAYLOAD_REFERENCE_BODY.replace('"amount":-42.50', '"amount":-4.25');
    expect(await reasonOf(verifyWebhook(changed, headers, options))).toBe("no_matching_signature");
    expect(
      await reasonOf(verifyWebhook(PAYLOAD_REFERENCE_BODY, headers, { ...options, secret: "whsec_other" })),
    ).toBe("no_matching_signature");
    for (const offset of [-301, 301]) {
      const skewed = deliveryHeaders(PAYLOAD_REFERENCE_BODY, String(NOW_S + offset));
      expect(await reasonOf(verifyWebhook(PAYLOAD_REFERENCE_BODY, skewed, options)), String(offset)).toBe(
        "timestamp_out_of_tolerance",
      );
    }
    expect(await isValidWebhook(changed, headers, options)).toBe(false);
  });

  it("reads a millisecond timestamp (as https://www.pacspace.io/integration.html shows) and signs it as sent", async () => {
    const ms = String(NOW_S * 1000 + 400);
    await expect(
      verifyWebhook(PAYLOAD_REFERENCE_BODY, deliveryHeaders(PAYLOAD_REFERENCE_BODY, ms), options),
    ).resolves.toBeTruthy();
    const staleMs = String((NOW_S - 301) * 1000);
    expect(
      await reasonOf(
        verifyWebhook(PAYLOAD_REFERENCE_BODY, deliveryHeaders(PAYLOAD_REFERENCE_BODY, staleMs), options),
      ),
    ).toBe("timestamp_out_of_tolerance");
    // the ms header value signed as seconds does not match
    const mixed = { ...deliveryHeaders(PAYLOAD_REFERENCE_BODY), "X-PacSpace-Timestamp": ms };
    expect(await reasonOf(verifyWebhook(PAYLOAD_REFERENCE_BODY, mixed, options))).toBe(
      "no_matching_signature",
    );
  });
});

describe("the official Python SDK's shapes (PacSpace/python-sdk pacspace_sdk/webhooks/types.py)", () => {
  it("parses its envelope {id, event, tenantId, createdAt, data}, reading createdAt as timestamp", async () => {
    const data = JSON.parse(PAYLOAD_REFERENCE_BODY).data;
    const body = JSON.stringify({
      id: "evt_a1b2c3d4",
      event: "delta.verified",
      tenantId: "tenant_1",
      createdAt: "2026-02-11T10:30:12.456Z",
      data,
    });
    const headers = deliveryHeaders(body);
    await expect(verifyWebhook(body, headers, options)).resolves.toMatchObject({ id: "evt_a1b2c3d4" });
    const event = await constructWebhookEvent(body, headers, options);
    expect(event).toMatchObject({
      known: true,
      event: "delta.verified",
      createdAt: "2026-02-11T10:30:12.456Z",
      timestamp: "2026-02-11T10:30:12.456Z",
    });
  });

  it("parses record.committed and record.failed with the fields the Python types declare", async () => {
    for (const [event, data] of [
      [
        "record.committed",
        {
          receiptId: "0xabc",
          status: "verified",
          verifiedAt: "2026-02-11T10:30:12.000Z",
          verificationId: "ver_1",
          itemCount: 2,
          records: [{ recordKey: "0x01" }],
          verification: { verified: true },
        },
      ],
      [
        "record.failed",
        { recordType: "machine-action-record", entityId: "build-1", seq: 0, code: "X", sentence: "y" },
      ],
    ] as const) {
      const body = JSON.stringify({
        id: "evt_a1b2c3d4",
        event,
        tenantId: "tenant_1",
        createdAt: "2026-02-11T10:30:12.456Z",
        data,
      });
      await expect(constructWebhookEvent(body, deliveryHeaders(body), options)).resolves.toMatchObject({
        known: true,
        event,
        data,
      });
    }
  });

  // Signature vectors computed with the Python SDK's algorithm (the reference notes on
  // PacSpace/python-sdk, section 7): secret "whsec_test", compact body, seconds and ms.
  it("verifies the Python SDK's signature vectors, a body with only {event, data} included", async () => {
    const body = '{"event":"delta.verified","data":{"recordId":"rec_1"}}';
    const at = (seconds: number) => ({ secret: "whsec_test", now: seconds * 1000 });
    for (const [timestamp, signature] of [
      ["1739270400", "v1=8d2ab76f863c13d6d10d5f82e5a3f37e0d34eab4a80d41bebae3fb642e26e304"],
      ["1739270400000", "v1=03b62aae620e852199f4d3baac13359d7021bdc08d772777a89882521c46fe7a"],
    ] as const) {
      const headers = { "X-PacSpace-Signature": signature, "X-PacSpace-Timestamp": timestamp };
      await expect(verifyWebhook(body, headers, at(1739270400))).resolves.toEqual(JSON.parse(body));
      // a known event whose payload lacks its documented fields is refused by the typed parser only
      expect(await reasonOf(constructWebhookEvent(body, headers, at(1739270400)))).toBe("invalid_payload");
    }
  });

  it("accepts a rotation header with two v1 values under either secret, and refuses a third secret", async () => {
    const body = '{"event": "delta.verified", "data": {"receiptId": "0xabc"}}';
    const headers = {
      "X-PacSpace-Signature":
        "v1=945a28a224d8ebb3dbdc369ae05d9bf5e1bdffe4c278ae1bc1d7ad3d9045323a,v1=8c342b6eb13595d1136b065afe3dd180d03cb230126910629d20c5521a864561",
      "X-PacSpace-Timestamp": "1739270400000",
    };
    const now = 1739270400000;
    for (const secret of ["whsec_new", "whsec_old"]) {
      await expect(verifyWebhook(body, headers, { secret, now })).resolves.toBeTruthy();
    }
    expect(await reasonOf(verifyWebhook(body, headers, { secret: "whsec_other", now }))).toBe(
      "no_matching_signature",
    );
    expect(
      await reasonOf(
        verifyWebhook(
          body,
          { ...headers, "X-PacSpace-Signature": "t=1,v0=zz" },
          { secret: "whsec_new", now },
        ),
      ),
    ).toBe("malformed_header");
  });

  it("returns an event type outside its catalogue (the older docs' delta.stored) instead of throwing", async () => {
    const body = JSON.stringify({
      event: "delta.stored",
      timestamp: "2026-02-11T10:31:00.000Z",
      data: { startIndex: 1040, count: 3 },
    });
    const event = await constructWebhookEvent(body, deliveryHeaders(body), options);
    expect(event).toEqual({ ...JSON.parse(body), known: false });
  });
});
