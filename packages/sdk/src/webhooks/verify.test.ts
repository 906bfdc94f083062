import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import spec from "../../../contract/generated/openapi.json" with { type: "json" };
import { signWebhookPayload } from "../core/webhook-signature.js";
import { WebhookVerificationError } from "../errors.js";
import type { WebhookEvent } from "./events.js";
import { generateTestWebhookHeaders } from "./test-headers.js";
import { constructWebhookEvent, isValidWebhook, verifyWebhook } from "./verify.js";

const SECRET = "whsec_5Zt2kQ9x7Lm4Np8Rb3Vc6Wd1Yf0Gh2Jk";
const NOW = Date.UTC(2026, 3, 15, 12);
const NOW_S = NOW / 1000;

// biome-ignore lint/suspicious/noExplicitAny: walks the untyped bundle
const webhookSpecs = (spec as any).webhooks as Record<string, any>;
/** The spec's own example body of each event (redocly checks them against the schemas). */
const EXAMPLES: Record<string, unknown> = Object.fromEntries(
  Object.entries(webhookSpecs).map(([name, item]) => {
    const examples = item.post.requestBody.content["application/json"].examples;
    return [name, (Object.values(examples)[0] as { value: unknown }).value];
  }),
);
const VERIFIED_BODY = JSON.stringify(EXAMPLES["delta.verified"]);

async function signed(
  body = VERIFIED_BODY,
  options: { secret?: string | string[]; timestamp?: number | string } = {},
) {
  const timestamp = options.timestamp ?? NOW_S;
  const envelope = JSON.parse(body);
  return {
    "X-PacSpace-Signature": await signWebhookPayload({
      secrets: options.secret ?? SECRET,
      timestamp: Number(timestamp),
      body,
    }),
    "X-PacSpace-Timestamp": String(timestamp),
    "X-Webhook-Event": envelope.event,
    "X-Event-ID": envelope.id,
  } as Record<string, string>;
}

async function reasonOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).reason;
}

const options = { secret: SECRET, now: NOW };

describe("constructWebhookEvent", () => {
  it("returns the typed, schema-checked event for every event type of the spec", async () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([
      "checkpoint.verified",
      "customer.compare_run",
      "customer.created",
      "customer.export_downloaded",
      "customer.shared_record_viewed",
      "customer.step_up_failed_repeatedly",
      "delta.failed",
      "delta.verified",
      "receipt.generated",
      "record.committed",
      "record.failed",
      "tenant_domain.activated",
      "tenant_domain.cert_renewal_failed",
      "webhook.test",
    ]);
    for (const [name, example] of Object.entries(EXAMPLES)) {
      const body = JSON.stringify(example);
      const event = await constructWebhookEvent(body, await signed(body), options);
      expect(event.event, name).toBe(name);
      expect(event).toEqual({ ...(example as object), known: true });
    }
  });

  it("narrows data by event type once the event is known", async () => {
    const event = await constructWebhookEvent(VERIFIED_BODY, await signed(), options);
    expectTypeOf(event).toEqualTypeOf<WebhookEvent>();
    if (event.known && event.event === "delta.verified") {
      expectTypeOf(event.data.proof.proofHash).toEqualTypeOf<string>();
      expectTypeOf(event.data.delta.amount).toEqualTypeOf<number>();
      expect(event.data.proof.itemIndex).toBe(1);
      expect(event.data.delta.amount).toBe(-310.25);
    } else {
      throw new Error("expected a known delta.verified");
    }
  });

  it("refuses a payload that does not match its schema, naming the field", async () => {
    const broken = JSON.stringify({ ...JSON.parse(VERIFIED_BODY), data: { recordId: "rec_1" } });
    const error = await constructWebhookEvent(broken, await signed(broken), options).catch((e) => e);
    expect(error).toMatchObject({ reason: "invalid_payload", code: "WEBHOOK_VERIFICATION_FAILED" });
    expect(error.details.map((d: { path: string }) => d.path)).toContain("data.receiptId");
  });

  it("returns an event type it does not know with its raw data instead of throwing", async () => {
    const data = { domain: "verify.example.com", expiresAt: "2026-07-01T00:00:00.000Z" };
    const future = JSON.stringify({
      event: "tenant_domain.expiring",
      timestamp: "2026-06-01T00:00:00.000Z",
      data,
    });
    const headers = await signed(future);
    const event = await constructWebhookEvent(future, headers, options);
    expect(event).toEqual({
      event: "tenant_domain.expiring",
      timestamp: "2026-06-01T00:00:00.000Z",
      data,
      known: false,
    });
    if (!event.known) expectTypeOf(event.data).toEqualTypeOf<unknown>();
    // a body whose data is not even an object is still returned: only known events are checked
    const odd = JSON.stringify({
      event: "something.new",
      timestamp: "2026-06-01T00:00:00.000Z",
      data: [1, 2],
    });
    await expect(constructWebhookEvent(odd, await signed(odd), options)).resolves.toMatchObject({
      known: false,
      data: [1, 2],
    });
  });

  it("still refuses a tampered delivery of an unknown event type", async () => {
    const future = JSON.stringify({
      event: "something.new",
      timestamp: "2026-06-01T00:00:00.000Z",
      data: { n: 1 },
    });
    const headers = await signed(future);
    expect(await reasonOf(constructWebhookEvent(future.replace('"n":1', '"n":2'), headers, options))).toBe(
      "no_matching_signature",
    );
  });

  it("refuses a body without a string event", async () => {
    const body = JSON.stringify({ timestamp: "2026-06-01T00:00:00.000Z", data: {} });
    expect(await reasonOf(verifyWebhook(body, await signed(body), options))).toBe("invalid_payload");
  });
});

describe("signature and timestamp", () => {
  it("refuses a tampered body and a wrong secret", async () => {
    const headers = await signed();
    const tampered = VERIFIED_BODY.replace("-310.25", "-31.025");
    expect(await reasonOf(verifyWebhook(tampered, headers, options))).toBe("no_matching_signature");
    expect(await reasonOf(verifyWebhook(VERIFIED_BODY, headers, { ...options, secret: "whsec_other" }))).toBe(
      "no_matching_signature",
    );
  });

  it("accepts a timestamp up to 300 s away in either direction, and refuses stale and future ones", async () => {
    for (const offset of [-300, 0, 300]) {
      await expect(
        verifyWebhook(VERIFIED_BODY, await signed(VERIFIED_BODY, { timestamp: NOW_S + offset }), options),
      ).resolves.toBeTruthy();
    }
    for (const offset of [-301, 301, -86_400]) {
      const headers = await signed(VERIFIED_BODY, { timestamp: NOW_S + offset });
      expect(await reasonOf(verifyWebhook(VERIFIED_BODY, headers, options)), String(offset)).toBe(
        "timestamp_out_of_tolerance",
      );
    }
    const stale = await signed(VERIFIED_BODY, { timestamp: NOW_S - 400 });
    await expect(verifyWebhook(VERIFIED_BODY, stale, { ...options, tolerance: 600 })).resolves.toBeTruthy();
  });

  it("reads timestamps of 10^12 or more as milliseconds, signed as sent", async () => {
    const ms = await signed(VERIFIED_BODY, { timestamp: NOW + 250 });
    await expect(verifyWebhook(VERIFIED_BODY, ms, options)).resolves.toBeTruthy();
    const staleMs = await signed(VERIFIED_BODY, { timestamp: NOW - 301_000 });
    expect(await reasonOf(verifyWebhook(VERIFIED_BODY, staleMs, options))).toBe("timestamp_out_of_tolerance");
  });

  it("accepts a delivery signed by the new and the old secret during a rotation, with either secret", async () => {
    const headers = await signed(VERIFIED_BODY, { secret: ["whsec_new_secret_0001", SECRET] });
    expect(headers["X-PacSpace-Signature"]).toMatch(/^v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    await expect(verifyWebhook(VERIFIED_BODY, headers, options)).resolves.toBeTruthy();
    await expect(
      verifyWebhook(VERIFIED_BODY, headers, { ...options, secret: "whsec_new_secret_0001" }),
    ).resolves.toBeTruthy();
    // a receiver configured with both accepts deliveries signed by either alone
    const both = { ...options, secret: ["whsec_new_secret_0001", SECRET] };
    await expect(verifyWebhook(VERIFIED_BODY, await signed(), both)).resolves.toBeTruthy();
  });

  it("refuses missing and malformed headers", async () => {
    const headers = await signed();
    const without = (name: string) =>
      Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));
    expect(await reasonOf(verifyWebhook(VERIFIED_BODY, without("X-PacSpace-Signature"), options))).toBe(
      "missing_header",
    );
    expect(await reasonOf(verifyWebhook(VERIFIED_BODY, without("X-PacSpace-Timestamp"), options))).toBe(
      "missing_header",
    );
    expect(await reasonOf(verifyWebhook(VERIFIED_BODY, {}, options))).toBe("missing_header");
    for (const [name, value] of [
      ["X-PacSpace-Signature", "v1=nothex"],
      ["X-PacSpace-Signature", "sha256=abc"],
      ["X-PacSpace-Timestamp", "yesterday"],
    ] as const) {
      expect(await reasonOf(verifyWebhook(VERIFIED_BODY, { ...headers, [name]: value }, options))).toBe(
        "malformed_header",
      );
    }
  });

  it("refuses X-Event-ID or X-Webhook-Event that disagree with the signed body (they are not signed)", async () => {
    const headers = await signed();
    for (const change of [{ "X-Event-ID": "evt_replayed_as_new" }, { "X-Webhook-Event": "delta.failed" }]) {
      expect(await reasonOf(verifyWebhook(VERIFIED_BODY, { ...headers, ...change }, options))).toBe(
        "header_mismatch",
      );
    }
    const { "X-Event-ID": _id, "X-Webhook-Event": _event, ...signatureOnly } = headers;
    await expect(verifyWebhook(VERIFIED_BODY, signatureOnly, options)).resolves.toBeTruthy();
  });

  it("checks X-Event-ID only against a body that has an id", async () => {
    const { id: _id, ...withoutId } = JSON.parse(VERIFIED_BODY);
    const body = JSON.stringify(withoutId);
    const headers = { ...(await signed(body)), "X-Event-ID": "evt_a1b2c3d4" };
    await expect(verifyWebhook(body, headers, options)).resolves.toEqual(withoutId);
    expect(
      await reasonOf(verifyWebhook(body, { ...headers, "X-Webhook-Event": "delta.failed" }, options)),
    ).toBe("header_mismatch");
  });
});

describe("the raw body", () => {
  it("refuses a parsed object and explains why", async () => {
    const headers = await signed();
    const error = await verifyWebhook(JSON.parse(VERIFIED_BODY), headers, options).catch((e) => e);
    expect(error).toMatchObject({ reason: "raw_body_required" });
    expect(error.message).toMatch(/raw request body.*serialised again/s);
  });

  it("refuses JSON that was parsed and serialised again", async () => {
    const pretty = JSON.stringify(JSON.parse(VERIFIED_BODY), null, 2);
    const headers = await signed(pretty);
    const reserialised = JSON.stringify(JSON.parse(pretty));
    expect(await reasonOf(verifyWebhook(reserialised, headers, options))).toBe("no_matching_signature");
    await expect(verifyWebhook(pretty, headers, options)).resolves.toBeTruthy();
  });

  it("accepts bytes (Uint8Array, Buffer, ArrayBuffer) as sent, and refuses invalid UTF-8", async () => {
    const body = JSON.stringify({
      ...JSON.parse(VERIFIED_BODY),
      data: { ...JSON.parse(VERIFIED_BODY).data, reason: "Nutzung – März ✓" },
    });
    const headers = await signed(body);
    const bytes = new TextEncoder().encode(body);
    for (const raw of [bytes, Buffer.from(bytes), bytes.buffer.slice(0)]) {
      await expect(constructWebhookEvent(raw, headers, options)).resolves.toMatchObject({
        event: "delta.verified",
      });
    }
    expect(await reasonOf(verifyWebhook(new Uint8Array([0xff, 0xfe, 0x7b]), headers, options))).toBe(
      "invalid_json",
    );
  });

  it("refuses a signed body that is not a JSON object", async () => {
    for (const body of ["not json", "[1,2]", "null", '"text"']) {
      const headers = {
        "X-PacSpace-Signature": await signWebhookPayload({ secrets: SECRET, timestamp: NOW_S, body }),
        "X-PacSpace-Timestamp": String(NOW_S),
      };
      expect(await reasonOf(verifyWebhook(body, headers, options)), body).toBe("invalid_json");
    }
  });
});

describe("headers and secrets", () => {
  it("reads Fetch Headers and Node-style records in any case, with list values", async () => {
    const headers = await signed();
    await expect(verifyWebhook(VERIFIED_BODY, new Headers(headers), options)).resolves.toBeTruthy();
    const node = Object.fromEntries(
      Object.entries(headers).map(([key, value]) => [key.toLowerCase(), [value]]),
    );
    await expect(verifyWebhook(VERIFIED_BODY, node, options)).resolves.toBeTruthy();
  });

  it("demands a secret without surrounding whitespace", async () => {
    const headers = await signed();
    for (const secret of ["", [], ` ${SECRET}`]) {
      expect(await reasonOf(verifyWebhook(VERIFIED_BODY, headers, { ...options, secret }))).toBe("no_secret");
    }
  });

  it("isValidWebhook answers true or false and never throws for a bad delivery", async () => {
    const headers = await signed();
    expect(await isValidWebhook(VERIFIED_BODY, headers, options)).toBe(true);
    expect(await isValidWebhook(`${VERIFIED_BODY} `, headers, options)).toBe(false);
    expect(await isValidWebhook(VERIFIED_BODY, {}, options)).toBe(false);
    expect(await isValidWebhook(VERIFIED_BODY, headers, { secret: "" })).toBe(false);
    expect(await isValidWebhook(JSON.parse(VERIFIED_BODY), headers, options)).toBe(false);
  });
});

describe("generateTestWebhookHeaders", () => {
  it("produces the four headers PacSpace sends, accepted by constructWebhookEvent", async () => {
    const payload = EXAMPLES["customer.created"] as object;
    const headers = await generateTestWebhookHeaders({ payload, secret: SECRET, timestamp: new Date(NOW) });
    expect(headers).toMatchObject({
      "Content-Type": "application/json",
      "X-PacSpace-Timestamp": String(NOW_S),
      "X-Webhook-Event": "customer.created",
      "X-Event-ID": "evt_01hv9g8j2m6w",
    });
    await expect(constructWebhookEvent(JSON.stringify(payload), headers, options)).resolves.toEqual({
      ...payload,
      known: true,
    });
  });

  it("takes X-Event-ID from eventId for a documented envelope without id", async () => {
    const payload = {
      event: "tenant_domain.activated",
      timestamp: "2026-04-15T12:00:00.000Z",
      data: { domain: "d" },
    };
    const headers = await generateTestWebhookHeaders({
      payload,
      secret: SECRET,
      timestamp: NOW_S,
      eventId: "evt_doc1",
    });
    expect(headers).toMatchObject({ "X-Event-ID": "evt_doc1", "X-Webhook-Event": "tenant_domain.activated" });
    const withoutId = await generateTestWebhookHeaders({ payload, secret: SECRET, timestamp: NOW_S });
    expect(withoutId).not.toHaveProperty("X-Event-ID");
    await expect(constructWebhookEvent(JSON.stringify(payload), headers, options)).resolves.toMatchObject({
      known: true,
      data: { domain: "d" },
    });
  });

  it("signs with every secret given and defaults the timestamp to now", async () => {
    const headers = await generateTestWebhookHeaders({
      payload: VERIFIED_BODY,
      secret: [SECRET, "whsec_old_one_0001"],
    });
    expect(headers["X-PacSpace-Signature"]?.split(",")).toHaveLength(2);
    expect(Math.abs(Number(headers["X-PacSpace-Timestamp"]) - Date.now() / 1000)).toBeLessThan(5);
    await expect(
      verifyWebhook(VERIFIED_BODY, headers, { secret: "whsec_old_one_0001" }),
    ).resolves.toBeTruthy();
    await expect(
      generateTestWebhookHeaders({ payload: "{}", secret: SECRET, timestamp: 1.5 }),
    ).rejects.toThrow(TypeError);
  });
});

describe("portability", () => {
  it("uses WebCrypto only: no Node built-ins in the webhook code or the signature core", () => {
    const files = [
      ...readdirSync(new URL(".", import.meta.url)).map((name) => new URL(name, import.meta.url)),
      new URL("../core/webhook-signature.ts", import.meta.url),
      new URL("../core/hmac.ts", import.meta.url),
    ].filter((url) => url.pathname.endsWith(".ts") && !url.pathname.endsWith(".test.ts"));
    for (const file of files) {
      expect(readFileSync(file, "utf8"), file.pathname).not.toMatch(/from "node:|require\(|Buffer\./);
    }
  });
});
