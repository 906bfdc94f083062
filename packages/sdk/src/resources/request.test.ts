import { describe, expect, it } from "vitest";
import { definedOnly } from "./request.js";

describe("definedOnly", () => {
  it("drops undefined properties and keeps the others in order, null and falsy ones included", () => {
    const value = definedOnly({ a: 1, b: undefined, c: null, d: 0, e: "", f: false });
    expect(Object.entries(value)).toEqual([
      ["a", 1],
      ["c", null],
      ["d", 0],
      ["e", ""],
      ["f", false],
    ]);
  });

  it("keeps an own __proto__ key as a key, not as the prototype", () => {
    const value = definedOnly(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object);
    expect(Object.keys(value)).toEqual(["__proto__", "a"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
