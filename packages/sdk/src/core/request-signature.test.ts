import { describe, expect, it } from "vitest";
import { nodeHmacHex } from "../../test/oracles.js";
import { signRequest, verifyRequestSignature } from "./request-signature.js";

const secret = "s3cr.et";
const request = { method: "post", pathWithQuery: "/api/v1/balance/compare?x=1", body: '{"customerId":"c"}' };
const t = 1_750_000_000;

describe("request signatures", () => {
  it("signs t.METHOD.path.body with the key's secret", async () => {
    const header = await signRequest({ secret, ...request, timestamp: t });
    expect(header).toBe(
      `t=${t},v1=${nodeHmacHex(secret, `${t}.POST.${request.pathWithQuery}.${request.body}`)}`,
    );
    await expect(signRequest({ secret, ...request, timestamp: 1.5 })).rejects.toThrow(TypeError);
  });

  it("verifies within the tolerance and returns the signature for replay tracking", async () => {
    const header = await signRequest({ secret, ...request, timestamp: t });
    const result = await verifyRequestSignature({
      header,
      secret,
      ...request,
      method: "POST",
      now: (t + 299) * 1000,
    });
    expect(result).toEqual({ valid: true, timestamp: t, signature: header.split("v1=")[1] });
  });

  it("rejects expired, tampered and malformed signatures", async () => {
    const header = await signRequest({ secret, ...request, timestamp: t });
    const verify = (h: string | undefined, change: Partial<typeof request> = {}, now = t * 1000) =>
      verifyRequestSignature({ header: h, secret, ...request, ...change, now });
    expect(await verify(header, {}, (t + 301) * 1000)).toMatchObject({ code: "REQUEST_SIGNATURE_EXPIRED" });
    expect(await verify(header, {}, (t - 301) * 1000)).toMatchObject({ code: "REQUEST_SIGNATURE_EXPIRED" });
    expect(await verify(header, { body: "{}" })).toMatchObject({ code: "INVALID_REQUEST_SIGNATURE" });
    expect(await verify(header, { method: "PUT" })).toMatchObject({ code: "INVALID_REQUEST_SIGNATURE" });
    expect(await verify(header, { pathWithQuery: "/api/v1/balance/compare" })).toMatchObject({
      code: "INVALID_REQUEST_SIGNATURE",
    });
    for (const bad of [undefined, "", "t=1", header.replace(/t=\d+/, "t=x"), `${header},t=${t}`, "v1=ab"]) {
      expect(await verify(bad)).toMatchObject({ valid: false, code: "INVALID_REQUEST_SIGNATURE" });
    }
    // A forged header is invalid even when its timestamp is also stale.
    expect(await verify(header.replace(/t=\d+/, `t=${t - 1000}`))).toMatchObject({
      code: "INVALID_REQUEST_SIGNATURE",
    });
  });
});
