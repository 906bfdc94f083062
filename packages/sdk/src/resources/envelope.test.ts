import { describe, expect, it } from "vitest";
import { successData } from "./envelope.js";

describe("successData", () => {
  it("reads {success: true, data}", () => {
    expect(successData({ success: true, data: { a: 1 }, message: "ok" })).toEqual({ data: { a: 1 } });
  });

  it("reads {statusCode: 2xx, data} (https://docs.pacspace.io/dashboard-api/api-keys/)", () => {
    expect(successData({ statusCode: 201, data: { id: "key_abc123" } })).toEqual({
      data: { id: "key_abc123" },
    });
    expect(successData({ statusCode: 200, data: null })).toEqual({ data: null });
  });

  it("refuses anything else", () => {
    for (const body of [
      undefined,
      null,
      "text",
      [],
      { plan: "free" },
      { success: true },
      { success: "true", data: {} },
      { success: false, data: {} },
      { statusCode: 200 },
      { statusCode: "200", data: {} },
      { statusCode: 400, data: {} },
      { statusCode: 200.5, data: {} },
    ]) {
      expect(successData(body), JSON.stringify(body)).toBeUndefined();
    }
  });
});
