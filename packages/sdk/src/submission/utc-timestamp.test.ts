import { describe, expect, it } from "vitest";
import { parseUtcTimestamp } from "./utc-timestamp.js";

describe("parseUtcTimestamp: datetime.fromisoformat, normalised to UTC", () => {
  // Expected texts are what the official Python SDK's window normalisation prints.
  it.each([
    ["2026-03-17T00:00:00Z", "2026-03-17T00:00:00Z"],
    ["2026-03-17", "2026-03-17T00:00:00Z"],
    ["2026-03-17T00:00", "2026-03-17T00:00:00Z"],
    ["2026-03-17T01Z", "2026-03-17T01:00:00Z"],
    ["2026-03-17 01:02:03.5+02:00", "2026-03-16T23:02:03.500000Z"],
    ["20260317T010203Z", "2026-03-17T01:02:03Z"],
    ["2026-03-17T01:02:03,5Z", "2026-03-17T01:02:03.500000Z"],
    ["2026-03-17T01:02:03.1234567Z", "2026-03-17T01:02:03.123456Z"],
    ["2026-03-17T01:02:03+0530", "2026-03-16T19:32:03Z"],
    ["2026-03-17T23:30:00-01:00", "2026-03-18T00:30:00Z"],
    ["  2026-03-17T00:00:00Z  ", "2026-03-17T00:00:00Z"],
    ["2024-02-29T12:00:00Z", "2024-02-29T12:00:00Z"],
  ])("%s → %s", (input, expected) => {
    expect(parseUtcTimestamp(input)?.text).toBe(expected);
  });

  it.each([
    "",
    "yesterday",
    "2026-13-01",
    "2026-02-29",
    "2026-03-17T24:00:00Z",
    "2026-03-17T10:60Z",
    "2026-03-17T10:00:61Z",
    "2026-03-17T10:00:00+25:00",
    "2026-03-17T10:00:00ZZ",
    "0000-01-01",
  ])("refuses %j", (input) => {
    expect(parseUtcTimestamp(input)).toBeUndefined();
  });

  it("orders by instant, microseconds included", () => {
    const a = parseUtcTimestamp("2026-03-17T00:00:00Z");
    const b = parseUtcTimestamp("2026-03-17T00:00:00.000001Z");
    expect(b && a && b.epochMicros - a.epochMicros).toBe(1);
  });
});
