import { describe, expect, it } from "vitest";
import { Session } from "./session.js";
import { type OpenApiDocument, parseSpec } from "./spec.js";
import { SchemaValidator } from "./validator.js";

const document: OpenApiDocument = {
  openapi: "3.1.0",
  security: [{ ApiKeyAuth: [] }],
  components: {
    securitySchemes: {
      ApiKeyAuth: { type: "apiKey", in: "header", name: "X-Api-Key" },
      RequestSignature: { type: "apiKey", in: "header", name: "X-Signature" },
      SessionCookie: { type: "apiKey", in: "cookie", name: "session" },
      BearerAuth: { type: "http", scheme: "bearer" },
    },
  },
  paths: {
    "/balance": { get: { operationId: "getBalance", responses: {} } },
    "/compare": {
      post: {
        operationId: "compare",
        security: [{ ApiKeyAuth: [], RequestSignature: [] }, { ApiKeyAuth: [] }],
        responses: {},
      },
    },
    "/me": {
      get: { operationId: "me", security: [{ SessionCookie: [] }, { BearerAuth: [] }], responses: {} },
    },
    "/verify": { get: { operationId: "verify", security: [], responses: {} } },
  },
};
const spec = parseSpec(document);
const byId = (id: string) =>
  spec.operations.find((operation) => operation.operationId === id) ?? spec.operations[0];
const empty = { path: {}, query: {}, headers: {} };

describe("credentials from the security schemes", () => {
  it("reads the API key header, optional extras, bearer alternatives and public operations", () => {
    expect(byId("getBalance")).toMatchObject({
      requiresAuth: true,
      credential: { header: "X-Api-Key" },
      acceptsBearer: false,
    });
    expect(byId("compare")?.optionalCredentials).toEqual([
      { scheme: "RequestSignature", header: "X-Signature" },
    ]);
    expect(byId("me")).toMatchObject({ requiresAuth: true, credential: null, acceptsBearer: true });
    expect(byId("verify")?.requiresAuth).toBe(false);
  });

  it("sends the key, a bearer token when it has one, and nothing to public operations", () => {
    const options = { baseUrl: "http://x", apiKey: "pk_test_a.b", timeoutMs: 1000 };
    const withToken = new Session(spec, new SchemaValidator(), { ...options, bearerToken: "tok" });
    const withoutToken = new Session(spec, new SchemaValidator(), options);
    const balance = byId("getBalance");
    const me = byId("me");
    const verify = byId("verify");
    if (!balance || !me || !verify) throw new Error("operations missing");
    expect(withToken.toWire(balance, empty).headers["X-Api-Key"]).toBe("pk_test_a.b");
    expect(withToken.toWire(me, empty).headers.authorization).toBe("Bearer tok");
    expect(withToken.toWire(me, empty, { kind: "value", value: "bad" }).headers.authorization).toBe(
      "Bearer bad",
    );
    expect(withToken.toWire(verify, empty).headers).not.toHaveProperty("X-Api-Key");
    expect(withoutToken.canAuthenticate(me)).toBe(false);
    expect(withToken.canAuthenticate(me)).toBe(true);
    expect(withoutToken.canAuthenticate(verify)).toBe(true);
  });
});
