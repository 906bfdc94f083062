import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SDK_VERSION, USER_AGENT } from "./version.js";

describe("SDK_VERSION", () => {
  it("equals the package version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    expect(SDK_VERSION).toBe(pkg.version);
    expect(USER_AGENT).toBe(`pacspace-sdk-typescript/${pkg.version}`);
  });
});
