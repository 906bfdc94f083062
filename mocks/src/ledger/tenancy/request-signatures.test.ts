import { describe, expect, it } from "vitest";
import { parseApiKey, signRequest } from "../kernel/core.js";
import { createFixture } from "../ledger-fixture.js";

const path = "/api/v1/balance/compare";
const body = JSON.stringify({ customerId: "a", yourBalance: 0, theirBalance: 0 });

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return "ok";
}

describe("request signatures", () => {
  async function signed(apiKey: string, timestamp: number, overrides: { body?: string; path?: string } = {}) {
    const secret = parseApiKey(apiKey)?.secret as string;
    return signRequest({
      secret,
      method: "POST",
      pathWithQuery: overrides.path ?? path,
      body: overrides.body ?? body,
      timestamp,
    });
  }

  it("a valid signature is accepted once; the same signature again is REQUEST_REPLAYED", async () => {
    const { ledger, apiKey, clock } = createFixture();
    const header = await signed(apiKey, Math.floor(clock.now() / 1000));
    const check = () =>
      ledger
        .session(apiKey)
        .checkRequestSignature({ method: "POST", pathWithQuery: path, body, header, operation: "compare" });
    await expect(check()).resolves.toEqual({ signed: true });
    expect(await codeOf(check)).toBe("REQUEST_REPLAYED");
  });

  it("tampered body/path or another secret → INVALID_REQUEST_SIGNATURE; stale → REQUEST_SIGNATURE_EXPIRED", async () => {
    const { ledger, apiKey, clock, tenantId } = createFixture();
    const now = Math.floor(clock.now() / 1000);
    const session = ledger.session(apiKey);
    const run =
      (header: string, sentBody = body) =>
      () =>
        session.checkRequestSignature({
          method: "POST",
          pathWithQuery: path,
          body: sentBody,
          header,
          operation: "compare",
        });
    expect(await codeOf(run(await signed(apiKey, now), `${body} `))).toBe("INVALID_REQUEST_SIGNATURE");
    expect(await codeOf(run(await signed(apiKey, now, { path: "/api/v1/balance/other" })))).toBe(
      "INVALID_REQUEST_SIGNATURE",
    );
    const otherKey = ledger.createApiKey(tenantId, { environment: "test" }).apiKey;
    expect(await codeOf(run(await signed(otherKey, now)))).toBe("INVALID_REQUEST_SIGNATURE");
    expect(await codeOf(run("t=1,v1=zz"))).toBe("INVALID_REQUEST_SIGNATURE");
    expect(await codeOf(run(await signed(apiKey, now - 301)))).toBe("REQUEST_SIGNATURE_EXPIRED");
    expect(await codeOf(run(await signed(apiKey, now + 301)))).toBe("REQUEST_SIGNATURE_EXPIRED");
    expect(await codeOf(run(await signed(apiKey, now - 300)))).toBe("ok");
  });

  it("unsigned calls pass unless the tenant requires signatures on compare (SIGNATURE_REQUIRED)", async () => {
    const { ledger, apiKey, tenantId } = createFixture();
    const check = (operation: "compare" | "checkpoint") => () =>
      ledger
        .session(apiKey)
        .checkRequestSignature({ method: "POST", pathWithQuery: path, body, header: null, operation });
    await expect(check("compare")()).resolves.toEqual({ signed: false });
    ledger.updateTenant(tenantId, { requireSignedCompare: true });
    expect(await codeOf(check("compare"))).toBe("SIGNATURE_REQUIRED");
    expect(await codeOf(check("checkpoint"))).toBe("ok");
  });

  it("concurrent checks of one signature: exactly one passes", async () => {
    const { ledger, apiKey, clock } = createFixture();
    const header = await signed(apiKey, Math.floor(clock.now() / 1000));
    const session = ledger.session(apiKey);
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () =>
        codeOf(() =>
          session.checkRequestSignature({
            method: "POST",
            pathWithQuery: path,
            body,
            header,
            operation: "compare",
          }),
        ),
      ),
    );
    expect(outcomes.sort()).toEqual([
      "REQUEST_REPLAYED",
      "REQUEST_REPLAYED",
      "REQUEST_REPLAYED",
      "REQUEST_REPLAYED",
      "ok",
    ]);
  });
});
