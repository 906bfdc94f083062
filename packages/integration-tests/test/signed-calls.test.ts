import { AuthenticationError, errorFromResponse, type FetchLike, type PacSpaceError } from "@pacspace/sdk";
import { describe, expect, it } from "vitest";
import { clientFor, rejection, useInProcessMock } from "./support/in-process.js";

const mock = useInProcessMock();
const SIGNATURE = "X-PacSpace-Request-Signature";

interface Captured {
  url: string;
  headers: Headers;
  body: string;
}

/** A fetch that records each request exactly as the transport sent it (signature included). */
function capturing(into: Captured[]): FetchLike {
  return async (request, init) => {
    into.push({
      url: request.url,
      headers: new Headers(request.headers),
      body: await request.clone().text(),
    });
    return globalThis.fetch(request, init);
  };
}

async function resend(captured: Captured): Promise<Response> {
  return globalThis.fetch(captured.url, { method: "POST", headers: captured.headers, body: captured.body });
}

async function typedError(response: Response): Promise<PacSpaceError> {
  return errorFromResponse(response, await response.json());
}

function setup(options: { requireSignedCompare?: boolean } = {}) {
  const pacspace = mock.start();
  const tenant = pacspace.createTenant({ requireSignedCompare: options.requireSignedCompare ?? false });
  return { pacspace, tenant };
}

describe("signed compare and checkpoint", () => {
  it("a signed compare and checkpoint are accepted", async () => {
    const { tenant } = setup();
    const pac = clientFor(tenant.apiKey);
    await pac.balance.emit("cust_acme", 10, "r");
    expect((await pac.balance.compare("cust_acme", { yours: 10, theirs: 10 })).outcome).toBe("both_match");
    expect((await pac.balance.checkpoint("cust_acme")).deltaCount).toBe(1);
    const signed = mock.requests.filter((request) => request.requestHeaders.has(SIGNATURE));
    expect(signed.map((request) => `${request.path} ${request.status}`)).toEqual([
      "/api/v1/balance/compare 200",
      "/api/v1/balance/checkpoint 201",
    ]);
  });

  it("a tenant that requires signatures refuses an unsigned compare with SIGNATURE_REQUIRED", async () => {
    const { tenant } = setup({ requireSignedCompare: true });
    const unsigned = clientFor(tenant.apiKey, { signRequests: false });
    await unsigned.balance.emit("cust_acme", 10, "r");
    const error = await rejection(unsigned.balance.compare("cust_acme", { yours: 10, theirs: 10 }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: "SIGNATURE_REQUIRED" });
    expect(mock.requestsTo("POST", "/api/v1/balance/compare")[0]?.requestHeaders.has(SIGNATURE)).toBe(false);

    const signed = clientFor(tenant.apiKey);
    expect((await signed.balance.compare("cust_acme", { yours: 10, theirs: 10 })).outcome).toBe("both_match");
  });

  it("a body altered after signing is INVALID_REQUEST_SIGNATURE; so is a signature taken from another request", async () => {
    const { tenant } = setup();
    const tampering = clientFor(tenant.apiKey, {
      fetch: async (request, init) => {
        const body = (await request.text()).replace('"theirBalance":10', '"theirBalance":11');
        return globalThis.fetch(new Request(request, { body }), init);
      },
    });
    await tampering.balance.emit("cust_acme", 10, "r");
    const altered = await rejection(tampering.balance.compare("cust_acme", { yours: 10, theirs: 10 }));
    expect(altered).toBeInstanceOf(AuthenticationError);
    expect(altered).toMatchObject({ status: 401, code: "INVALID_REQUEST_SIGNATURE" });

    const captured: Captured[] = [];
    const pac = clientFor(tenant.apiKey, { fetch: capturing(captured) });
    await pac.balance.compare("cust_acme", { yours: 10, theirs: 10 });
    const original = captured.at(-1);
    if (!original) throw new Error("nothing captured");
    const otherBody = original.body.replace('"yourBalance":10', '"yourBalance":12');
    const swapped = await resend({ ...original, body: otherBody });
    expect(swapped.status).toBe(401);
    const error = await typedError(swapped);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe("INVALID_REQUEST_SIGNATURE");
  });

  it("a captured signed request sent again with its exact headers and body is REQUEST_REPLAYED", async () => {
    const { tenant } = setup();
    const captured: Captured[] = [];
    const pac = clientFor(tenant.apiKey, { fetch: capturing(captured) });
    await pac.balance.emit("cust_acme", 10, "r");
    await pac.balance.compare("cust_acme", { yours: 10, theirs: 10 });
    const signedCompare = captured.find((request) => request.headers.has(SIGNATURE));
    if (!signedCompare) throw new Error("no signed request captured");

    const replay = await resend(signedCompare);
    expect(replay.status).toBe(401);
    const error = await typedError(replay);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe("REQUEST_REPLAYED");
    expect(error.requestId).toBe(replay.headers.get("X-Request-Id"));

    // The same call made again through the SDK is signed afresh and accepted.
    expect((await pac.balance.compare("cust_acme", { yours: 10, theirs: 10 })).outcome).toBe("both_match");
  });

  it("a signature more than 300 s older than the server's clock is REQUEST_SIGNATURE_EXPIRED", async () => {
    const { pacspace, tenant } = setup();
    const pac = clientFor(tenant.apiKey);
    await pac.balance.emit("cust_acme", 10, "r");
    pacspace.clock.advance(301_000);
    const error = await rejection(pac.balance.compare("cust_acme", { yours: 10, theirs: 10 }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: "REQUEST_SIGNATURE_EXPIRED" });
    const checkpoint = await rejection(pac.balance.checkpoint("cust_acme"));
    expect(checkpoint.code).toBe("REQUEST_SIGNATURE_EXPIRED");
    // 401s are never retried.
    expect(mock.requests.filter((request) => request.status === 401)).toHaveLength(2);
  });
});
