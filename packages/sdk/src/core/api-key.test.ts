import { describe, expect, it } from "vitest";
import { parseApiKey } from "./api-key.js";

describe("parseApiKey", () => {
  it("splits a key at the first dot", () => {
    expect(parseApiKey("pk_live_Ab3.s3cr.et")).toEqual({
      environment: "live",
      publicId: "Ab3",
      secret: "s3cr.et",
      publicKey: "pk_live_Ab3",
    });
    expect(parseApiKey("pk_test_x.y")?.environment).toBe("test");
  });

  it.each([
    "pk_test_abc",
    "pk_test_abc.",
    "pk_test_.secret",
    "pk_prod_abc.secret",
    "sk_test_abc.secret",
    "pk_test_a-b.secret",
    " pk_test_abc.secret",
    "",
  ])("rejects %j", (key) => {
    expect(parseApiKey(key)).toBeNull();
  });

  it("rejects non-strings", () => {
    expect(parseApiKey(undefined)).toBeNull();
    expect(parseApiKey(42)).toBeNull();
  });
});
