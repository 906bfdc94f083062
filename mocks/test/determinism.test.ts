import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createPacSpaceMock, type PacSpaceMock } from "../src/index.js";
import { checkConformance, T0 } from "./support/harness.js";

const BASE = "https://app.pacspace.io";

/** A request sequence touching most operations; returns each answer as status + headers + body text. */
async function script(pacspace: PacSpaceMock): Promise<string[]> {
  const transcript: string[] = [];
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const request = new Request(`${BASE}${path}`, {
      method,
      headers: { "X-Api-Key": pacspace.apiKey, "Content-Type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const response = (await getResponse(pacspace.handlers, request)) as Response;
    await checkConformance(method, request.url, response);
    const text = await response.text();
    transcript.push(`${method} ${path} ${response.status} ${JSON.stringify([...response.headers])} ${text}`);
    return JSON.parse(text);
  };
  const created = await call(
    "POST",
    "/api/v1/balance/delta",
    { customerId: "c1", delta: 12.5, reason: "a" },
    { "Idempotency-Key": "k" },
  );
  await call(
    "POST",
    "/api/v1/balance/delta",
    { customerId: "c1", delta: 12.5, reason: "a" },
    { "Idempotency-Key": "k" },
  );
  await call("POST", "/api/v1/balance/delta/batch", {
    deltas: [
      { customerId: "c1", delta: -2, reason: "b" },
      { customerId: "c2", delta: 0, reason: "bad" },
    ],
  });
  pacspace.clock.advance(1000);
  await call("GET", `/api/v1/balance/delta/${created.data.recordId}`);
  await call("GET", "/api/v1/balance/derive/c1?granularity=week");
  await call("POST", "/api/v1/balance/compare", { customerId: "c1", yourBalance: 10.5, theirBalance: 12.5 });
  const checkpoint = await call("POST", "/api/v1/balance/checkpoint", { customerId: "c1" });
  const receipt = await call("GET", "/api/v1/balance/receipt/c1");
  await call("GET", `/api/v1/verify/${checkpoint.data.proofRoot}`);
  await call("GET", `/api/v1/receipt/${receipt.data.receiptId}`);
  await call("GET", "/api/v1/balance/customers");
  await call("GET", "/api/v1/balance/usage");
  await call("POST", "/api/v1/balance/delta", { customerId: "c1", delta: 0, reason: "" });
  await call("GET", "/api/v1/balance/nowhere");
  return transcript;
}

describe("determinism", () => {
  it("two instances with the same seed answer the same requests byte for byte", async () => {
    const options = { seed: "same", now: T0, verification: "delay:500" as const };
    const first = await script(createPacSpaceMock(options));
    const second = await script(createPacSpaceMock(options));
    expect(second).toEqual(first);
    expect(first.join("\n")).toContain("x-request-id");
  });

  it("reset() brings an instance back to its seeded start", async () => {
    const pacspace = createPacSpaceMock({ seed: "again", now: T0 });
    const key = pacspace.apiKey;
    const first = await script(pacspace);
    pacspace.reset();
    expect(pacspace.apiKey).toBe(key);
    expect(pacspace.clock.now()).toBe(T0);
    expect(await script(pacspace)).toEqual(first);
  });

  it("another seed gives other keys and ids; instances share nothing", async () => {
    const a = createPacSpaceMock({ seed: "a", now: T0 });
    const b = createPacSpaceMock({ seed: "b", now: T0 });
    expect(a.apiKey).not.toBe(b.apiKey);
    await script(a);
    expect(b.inspect().tenants[0]?.environments.sandbox.deltas).toEqual([]);
    expect(a.snapshot()).not.toBe(b.snapshot());
  });

  it("a fixed default key survives reset", () => {
    const apiKey = "pk_test_fixedkey01.supersecret";
    const pacspace = createPacSpaceMock({ defaultTenant: { apiKey } });
    expect(pacspace.apiKey).toBe(apiKey);
    pacspace.reset();
    expect(pacspace.apiKey).toBe(apiKey);
  });
});
