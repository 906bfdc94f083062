import { describe, expect, it } from "vitest";
import { controlRefusal, isLoopbackAddress, setRequestPeer } from "./control-access.js";

const json = { "Content-Type": "application/json" };

function fromPeer(address: string | null, init: RequestInit = {}): Request {
  const request = new Request("http://127.0.0.1:4010/__mock/reset", {
    method: "POST",
    headers: json,
    ...init,
  });
  if (address !== null) setRequestPeer(request, address);
  return request;
}

describe("controlRefusal", () => {
  it("lets in-process and loopback callers in when no token is in force, and refuses other peers (403)", () => {
    expect(controlRefusal(fromPeer(null), null)).toBeNull();
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "127.8.9.10"]) {
      expect(controlRefusal(fromPeer(address), null), address).toBeNull();
    }
    for (const address of ["10.0.0.5", "::ffff:192.168.1.2", "fe80::1", ""]) {
      expect(controlRefusal(fromPeer(address), null)?.status, address).toBe(403);
    }
  });

  it("with a token, every caller needs it (401), wherever it calls from", () => {
    const token = "0123456789abcdef-token";
    expect(controlRefusal(fromPeer(null), token)?.error.code).toBe("UNAUTHENTICATED");
    expect(controlRefusal(fromPeer("127.0.0.1"), token)?.status).toBe(401);
    const carrying = { headers: { ...json, "X-PacSpace-Mock-Token": token } };
    expect(controlRefusal(fromPeer("10.0.0.5", carrying), token)).toBeNull();
    const prefix = { headers: { ...json, "X-PacSpace-Mock-Token": token.slice(0, -1) } };
    expect(controlRefusal(fromPeer("127.0.0.1", prefix), token)?.status).toBe(401);
    const longer = { headers: { ...json, "X-PacSpace-Mock-Token": `${token}x` } };
    expect(controlRefusal(fromPeer("127.0.0.1", longer), token)?.status).toBe(401);
  });

  it("takes JSON writes only (415), reads and deletes without a body as they are", () => {
    for (const type of [null, "text/plain", "multipart/form-data; boundary=x", "application/jsonx"]) {
      const headers: Record<string, string> = type === null ? {} : { "Content-Type": type };
      expect(controlRefusal(fromPeer(null, { headers }), null)?.status, String(type)).toBe(415);
    }
    for (const type of [
      "application/json",
      "Application/JSON; charset=utf-8",
      "application/merge-patch+json",
    ]) {
      expect(controlRefusal(fromPeer(null, { headers: { "Content-Type": type } }), null), type).toBeNull();
    }
    expect(controlRefusal(fromPeer(null, { method: "GET", headers: {} }), null)).toBeNull();
    expect(controlRefusal(fromPeer(null, { method: "DELETE", headers: {} }), null)).toBeNull();
  });

  it("knows loopback peer addresses", () => {
    expect(isLoopbackAddress("127.0.0.1")).toBe(true);
    expect(isLoopbackAddress("0.0.0.0")).toBe(false);
    expect(isLoopbackAddress("::")).toBe(false);
  });
});
