import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ValidationError } from "./errors.js";
import { fingerprint } from "./fingerprint.js";

// PacSpace/python-sdk, tests/test_sdk.py (test_fingerprint_bytes): fingerprint(b"hello").
const HELLO = {
  alg: "sha-256",
  digest: "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
  byteLength: "5",
};

const hello = () => new TextEncoder().encode("hello");

describe("fingerprint", () => {
  it("gives the official SDK's fingerprint of b'hello' for every kind of source", async () => {
    const bytes = hello();
    async function* generated() {
      yield bytes.subarray(0, 2);
      yield bytes.subarray(2);
    }
    const sources = [
      bytes,
      bytes.buffer.slice(0),
      new Blob([bytes]),
      new Blob([bytes]).stream(),
      Readable.from([Buffer.from("he"), Buffer.from("llo")]),
      generated(),
      [bytes.subarray(0, 1), bytes.subarray(1)],
    ];
    for (const source of sources) expect(await fingerprint(source)).toEqual(HELLO);
  });

  it("agrees with node:crypto on random data in uneven chunks, and on nothing", async () => {
    const data = randomBytes(1_000_003);
    const chunks = [data.subarray(0, 7), data.subarray(7, 65_543), data.subarray(65_543)];
    expect(await fingerprint(chunks)).toEqual({
      alg: "sha-256",
      digest: createHash("sha256").update(data).digest("hex"),
      byteLength: "1000003",
    });
    expect((await fingerprint(new Uint8Array(0))).digest).toBe(createHash("sha256").digest("hex"));
  });

  it("hashes the same without node:crypto (the portable path browsers take)", async () => {
    const runtime = process as { getBuiltinModule?: unknown };
    const original = runtime.getBuiltinModule;
    runtime.getBuiltinModule = undefined;
    try {
      const data = randomBytes(200_000);
      expect((await fingerprint([data.subarray(0, 3), data.subarray(3)])).digest).toBe(
        createHash("sha256").update(data).digest("hex"),
      );
      expect(await fingerprint(hello())).toEqual(HELLO);
    } finally {
      runtime.getBuiltinModule = original;
    }
  });

  it("refuses text, non-byte chunks and another algorithm with typed errors", async () => {
    await expect(fingerprint("hello" as never)).rejects.toMatchObject({ code: "RECORD_CONTENT_INVALID" });
    await expect(fingerprint(["hello"] as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(fingerprint(Readable.from(["text chunk"]) as never)).rejects.toMatchObject({
      code: "RECORD_CONTENT_INVALID",
    });
    await expect(fingerprint(hello(), "sha-1" as never)).rejects.toMatchObject({
      code: "RECORD_PAYLOAD_ALG_UNSUPPORTED",
    });
  });

  it("streams 1 GB with flat memory", async () => {
    const chunk = randomBytes(1 << 20);
    async function* gigabyte() {
      for (let i = 0; i < 1024; i++) yield chunk;
    }
    const before = process.memoryUsage().rss;
    const print = await fingerprint(gigabyte());
    expect(print.byteLength).toBe(String(1 << 30));
    expect(process.memoryUsage().rss - before).toBeLessThan(64 << 20);
  }, 60_000);
});
