import { describe, expect, it } from "vitest";
import { ValidationError } from "./errors.js";
import { fingerprint as eagerFingerprint } from "./fingerprint.js";
import { checkRecordHistory, fingerprint } from "./lazy-functions.js";
import { checkRecordHistory as eagerCheck } from "./records/check.js";

describe("checkRecordHistory and fingerprint as @pacspace/sdk exports them (loaded on first call)", () => {
  it("fingerprint resolves with what the module's own function gives", async () => {
    const bytes = new TextEncoder().encode("payload");
    expect(await fingerprint(bytes)).toEqual(await eagerFingerprint(bytes));
    expect((await fingerprint(bytes, "sha-256")).digest).toBe(
      "239f59ed55e737c77147cf55ad0c1b030b6d7ee748a7426952f9b852d5a935e5",
    );
  });

  it("fingerprint rejects (never throws) for a bad algorithm or text", async () => {
    const bad = fingerprint(new Uint8Array(), "md5" as "sha-256");
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    await expect(fingerprint("text" as never)).rejects.toBeInstanceOf(ValidationError);
  });

  it("checkRecordHistory gives the same verdict and rejects bad arguments", async () => {
    const history = { schema: "pacspace.record-history.v1", entries: [], receipts: [] };
    expect(await checkRecordHistory(history)).toEqual(await eagerCheck(history));
    await expect(checkRecordHistory("not a bundle")).rejects.toBeInstanceOf(ValidationError);
  });
});
