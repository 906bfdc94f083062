/**
 * The core rules and `@pacspace/sdk/proofs` must run in browsers and edge runtimes, where
 * only WebCrypto and the encoding APIs exist. Both entries are bundled for the browser
 * (any import of a Node built-in fails the test), then executed in a `node:vm` context whose
 * only globals besides the language's own are `crypto` (WebCrypto), `TextEncoder` and
 * `TextDecoder`: no `require`, `process`, `Buffer` or Node `crypto` module. The bundles
 * must reproduce the committed values of spec/vectors.
 */
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import vm from "node:vm";
import { build, type Plugin } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

const SRC = new URL("../src/", import.meta.url);
const VECTORS = new URL("../../../spec/vectors/", import.meta.url);

// biome-ignore lint/suspicious/noExplicitAny: vector files are untyped JSON
const load = (file: string): any => JSON.parse(readFileSync(new URL(file, VECTORS), "utf8"));
// biome-ignore lint/suspicious/noExplicitAny: vector files are untyped JSON
const named = (list: any[]): [string, any][] => list.map((c) => [c.name, c]);

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Records every import of a Node built-in (and keeps it out of the bundle) instead of resolving it. */
function nodeBuiltinTrap(found: string[]): Plugin {
  return {
    name: "node-builtin-trap",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /.*/ }, (args) => {
        if (!args.path.startsWith("node:") && !NODE_BUILTINS.has(args.path)) return undefined;
        found.push(`${args.path} (imported by ${args.importer})`);
        return { path: args.path, external: true };
      });
    },
  };
}

/** The entry bundled as a browser script that assigns its exports to `globalName`. */
async function browserBundle(
  entry: string,
  globalName: string,
): Promise<{ code: string; nodeImports: string[] }> {
  const nodeImports: string[] = [];
  const result = await build({
    entryPoints: [new URL(entry, SRC).pathname],
    bundle: true,
    write: false,
    format: "iife",
    globalName,
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
    plugins: [nodeBuiltinTrap(nodeImports)],
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`esbuild produced no output for ${entry}`);
  return { code, nodeImports };
}

/** A fresh realm with only what browsers and edge runtimes offer (and this code needs). */
function browserLikeContext(): vm.Context {
  return vm.createContext({ crypto: globalThis.crypto, TextEncoder, TextDecoder });
}

// biome-ignore lint/suspicious/noExplicitAny: the bundle's exports come from another realm, untyped
type Exports = Record<string, any>;

describe("browser-like runtime (WebCrypto only)", () => {
  let core: Exports;
  let proofs: Exports;
  let context: vm.Context;

  beforeAll(async () => {
    const coreBundle = await browserBundle("core/index.ts", "PacSpaceCore");
    const proofsBundle = await browserBundle("proofs.ts", "PacSpaceProofs");
    expect([...coreBundle.nodeImports, ...proofsBundle.nodeImports]).toEqual([]);
    context = browserLikeContext();
    vm.runInContext(coreBundle.code, context, { filename: "pacspace-core.browser.js" });
    vm.runInContext(proofsBundle.code, context, { filename: "pacspace-proofs.browser.js" });
    core = context.PacSpaceCore;
    proofs = context.PacSpaceProofs;
  });

  it("has no Node globals, and WebCrypto", () => {
    const globals = vm.runInContext(
      "[typeof require, typeof process, typeof Buffer, typeof module, typeof global, typeof crypto.subtle.sign]",
      context,
    );
    expect([...globals]).toEqual([
      "undefined",
      "undefined",
      "undefined",
      "undefined",
      "undefined",
      "function",
    ]);
    expect(typeof core.contentHash).toBe("function");
    expect(typeof proofs.verifyInclusion).toBe("function");
  });

  describe("content-hash.json", () => {
    const { cases } = load("content-hash.json");
    it.each(named(cases))("%s", (_name, c) => {
      expect(core.canonicalJson(core.contentPayloadOf(c.payload))).toBe(c.canonical);
      expect(core.contentHash(c.payload)).toBe(c.contentHash);
      expect(proofs.contentHash(c.payload)).toBe(c.contentHash);
    });
  });

  describe("merkle.json", () => {
    const { roots, proofs: inclusions } = load("merkle.json");
    it.each(named(roots))("root: %s", (_name, r) => {
      expect(core.merkleRoot(r.leaves)).toBe(r.root);
      expect(proofs.merkleRoot(r.leaves)).toBe(r.root);
      if (r.leafCount > 0) {
        const check = proofs.verifyCheckpoint({
          proofRoot: r.root,
          deltaCount: r.leafCount,
          contentHashes: r.leaves,
        });
        expect(check.valid).toBe(true);
      }
    });
    it.each(named(inclusions))("inclusion: %s", (_name, p) => {
      expect(proofs.verifyInclusion(p.proof, p.published).valid).toBe(p.valid);
      expect(core.verifyInclusion(p.proof, p.published).valid).toBe(p.valid);
    });
    it("builds inclusion proofs that verify", () => {
      const leaves = roots.find((r: { leafCount: number }) => r.leafCount >= 5).leaves;
      for (let index = 0; index < leaves.length; index++) {
        expect(proofs.verifyInclusion(proofs.buildInclusionProof(leaves, index)).valid).toBe(true);
      }
    });
  });

  describe("anchors.json", () => {
    const { references, chains } = load("anchors.json");
    it("chains verification references", () => {
      for (const r of references) {
        expect(proofs.nextVerificationReference(r.previousReference, r.proofHash)).toBe(
          r.verificationReference,
        );
      }
    });
    it.each(named(chains))("%s", (_name, c) => {
      const result = proofs.verifyAnchorChain(c.batches, c.options);
      expect(result.valid ? { valid: true } : { valid: false, brokenAt: result.brokenAt }).toEqual(
        c.expected,
      );
    });
  });

  describe("webhook-signature.json", () => {
    const { cases } = load("webhook-signature.json");
    it.each(named(cases))("%s", async (_name, c) => {
      const result = await core.verifyWebhookSignature(c);
      expect(result.valid ? { valid: true } : { valid: false, reason: result.reason }).toEqual(c.expected);
    });
  });

  describe("request-signature.json", () => {
    const { cases } = load("request-signature.json");
    it.each(named(cases))("%s", async (_name, c) => {
      const result = await core.verifyRequestSignature(c);
      expect(
        result.valid ? { valid: true, signature: result.signature } : { valid: false, code: result.code },
      ).toEqual(c.expected);
    });
    it("signs what it verifies", async () => {
      const valid = cases.find((c: { expected: { valid: boolean } }) => c.expected.valid);
      const t = Number(/t=(\d+)/.exec(valid.header)?.[1]);
      const header = await core.signRequest({
        secret: valid.secret,
        method: valid.method,
        pathWithQuery: valid.pathWithQuery,
        body: valid.body,
        timestamp: t,
      });
      expect(header).toBe(valid.header);
    });
  });

  describe("decimal.json", () => {
    const vectors = load("decimal.json");
    it.each(named(vectors.sum))("sum: %s", (_name, c) => {
      expect(core.Decimal.sum(c.inputs).toString()).toBe(c.output);
    });
    it.each(named(vectors.from))("from: %s", (_name, c) => {
      expect(core.Decimal.from(c.input).toString()).toBe(c.output);
    });
    it("repeated sums", () => {
      for (const c of vectors.sumRepeated) {
        expect(core.Decimal.sum(new Array(c.count).fill(c.value)).toString()).toBe(c.output);
      }
    });
  });

  describe("scope.json", () => {
    const vectors = load("scope.json");
    it.each(named(vectors.cases))("%s", (_name, c) => {
      // Dates are made inside the bundle's realm, as a browser caller would.
      const now = vm.runInContext(`new Date(${JSON.stringify(c.now ?? vectors.now)})`, context);
      const result = core.resolveScope(c.input, {
        now,
        limits: c.limits ?? vectors.defaultLimits,
        allowCheckpoint: c.allowCheckpoint,
      });
      if (!result.ok) {
        expect({ ok: false, code: result.error.code, field: result.error.field }).toEqual(c.expected);
      } else if (result.scope.mode === "checkpoint") {
        expect({ ok: true, scope: { ...result.scope } }).toEqual(c.expected);
      } else {
        expect({ from: result.scope.from.toISOString(), to: result.scope.to.toISOString() }).toEqual({
          from: c.expected.scope.from,
          to: c.expected.scope.to,
        });
      }
    });
  });
});
