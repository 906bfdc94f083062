import { describe, expect, it } from "vitest";
import { defaultShouldSign } from "./request-signing.js";

describe("defaultShouldSign", () => {
  it("selects POST compare and POST checkpoint only", () => {
    expect(defaultShouldSign("POST", "/api/v1/balance/compare")).toBe(true);
    expect(defaultShouldSign("post", "/api/v1/balance/checkpoint/")).toBe(true);
    expect(defaultShouldSign("POST", "/proxy/pacspace/api/v1/balance/compare")).toBe(true);
    expect(defaultShouldSign("GET", "/api/v1/balance/checkpoint")).toBe(false);
    expect(defaultShouldSign("POST", "/api/v1/balance/delta")).toBe(false);
    expect(defaultShouldSign("POST", "/api/v1/balance/checkpoint/abc")).toBe(false);
  });
});
