import { signRequest } from "@pacspace/sdk/core";
import { describe, expect, it } from "vitest";
import { createTestMock, T0, type TestMock } from "./support/harness.js";

const secretOf = (apiKey: string) => apiKey.slice(apiKey.indexOf(".") + 1);

async function signedCall(
  mock: TestMock,
  path: string,
  body: unknown,
  options: { apiKey?: string; timestamp?: number; tamper?: boolean; headers?: Record<string, string> } = {},
) {
  const apiKey = options.apiKey ?? mock.pacspace.apiKey;
  const raw = JSON.stringify(body);
  const signature = await signRequest({
    secret: secretOf(apiKey),
    method: "POST",
    pathWithQuery: path,
    body: options.tamper ? `${raw} ` : raw,
    timestamp: options.timestamp ?? Math.floor(T0 / 1000),
  });
  return {
    signature,
    response: await mock.api("POST", path, {
      apiKey,
      body: raw,
      headers: { "X-PacSpace-Request-Signature": signature, ...options.headers },
    }),
  };
}

const compare = { customerId: "cust_sig", yourBalance: 10, theirBalance: 10 };

describe("signed calls", () => {
  it("accepts a valid signature on compare and checkpoint", async () => {
    const mock = createTestMock();
    await mock.api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_sig", delta: 10, reason: "r" },
    });
    expect((await signedCall(mock, "/api/v1/balance/compare", compare)).response.status).toBe(200);
    const checkpoint = await signedCall(mock, "/api/v1/balance/checkpoint", { customerId: "cust_sig" });
    expect(checkpoint.response.status).toBe(201);
  });

  it("rejects a signature over another body, a replayed one and an expired one", async () => {
    const mock = createTestMock();
    await mock.api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_sig", delta: 10, reason: "r" },
    });
    const tampered = await signedCall(mock, "/api/v1/balance/compare", compare, { tamper: true });
    expect(tampered.response.body.error.code).toBe("INVALID_REQUEST_SIGNATURE");

    const first = await signedCall(mock, "/api/v1/balance/compare", compare);
    const replay = await mock.api("POST", "/api/v1/balance/compare", {
      body: compare,
      headers: { "X-PacSpace-Request-Signature": first.signature },
    });
    expect([replay.status, replay.body.error.code]).toEqual([401, "REQUEST_REPLAYED"]);

    const old = await signedCall(mock, "/api/v1/balance/compare", compare, {
      timestamp: Math.floor(T0 / 1000) - 301,
    });
    expect(old.response.body.error.code).toBe("REQUEST_SIGNATURE_EXPIRED");
  });

  it("demands a signature on compare when the tenant requires it", async () => {
    const mock = createTestMock({ defaultTenant: { requireSignedCompare: true } });
    await mock.api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_sig", delta: 10, reason: "r" },
    });
    const unsigned = await mock.api("POST", "/api/v1/balance/compare", { body: compare });
    expect([unsigned.status, unsigned.body.error.code]).toEqual([401, "SIGNATURE_REQUIRED"]);
    expect((await signedCall(mock, "/api/v1/balance/compare", compare)).response.status).toBe(200);
  });

  it("checks the signature before replaying an idempotent checkpoint, and replays a re-signed retry", async () => {
    const mock = createTestMock();
    await mock.api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_sig", delta: 10, reason: "r" },
    });
    const headers = { "Idempotency-Key": "chk-1" };
    const first = await signedCall(
      mock,
      "/api/v1/balance/checkpoint",
      { customerId: "cust_sig" },
      { headers },
    );
    const retry = await signedCall(
      mock,
      "/api/v1/balance/checkpoint",
      { customerId: "cust_sig" },
      {
        headers,
        timestamp: Math.floor(T0 / 1000) + 1,
      },
    );
    expect(retry.response.headers.get("Idempotent-Replayed")).toBe("true");
    expect(retry.response.text).toBe(first.response.text);
    const forged = await signedCall(
      mock,
      "/api/v1/balance/checkpoint",
      { customerId: "cust_sig" },
      { headers, tamper: true },
    );
    expect(forged.response.status).toBe(401);
  });
});
