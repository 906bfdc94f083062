import { defineConfig } from "tsup";

// ES modules only. The engines floor (Node >= 20.19) is where Node's `require()` of ES modules
// is on by default, so CommonJS callers load these same files; Bun, Deno, workerd, browsers
// and bundlers read ES modules themselves.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    proofs: "src/proofs.ts",
    core: "src/core/index.ts",
    webhooks: "src/webhooks/index.ts",
  },
  format: ["esm"],
  clean: true,
  target: "node20",
  // Minified by terser with every function declaration's and class's own name kept as written:
  // stack traces, `constructor.name` (which @pacspace/mocks' state snapshots record) and a
  // debugger read the SDK's names, while other identifiers are shortened. Unlike esbuild's
  // `keepNames`, this adds no runtime naming calls, so a user's bundler still drops what the
  // app does not use; the `/* @__PURE__ */` annotations stay for the same reason.
  minify: "terser",
  terserOptions: {
    keep_classnames: true,
    keep_fnames: true,
    format: { preserve_annotations: true },
  },
  // The generated request schemas (with their checker) and webhook schemas (with zod) are
  // loaded with `import()` on first use: tsup splits ES modules by default, so they become
  // chunks of their own, out of the entries. ky and @noble/hashes ship ES modules only and are
  // bundled (devDependencies); openapi-fetch and zod are dependencies, shared with the user's
  // copies.
  noExternal: ["ky", /^@noble\/hashes/],
  plugins: [
    // esbuild writes a top-level class as `var X = class …`, whose name comes from the variable:
    // giving the class expression that name too lets terser shorten the variable and keep the
    // name. scripts/check-dist.mjs checks that every exported class and function keeps its name.
    {
      name: "name-class-expressions",
      renderChunk(code) {
        return {
          code: code.replace(/^var ([A-Za-z_$][\w$]*) = class (?=extends |\{)/gm, "var $1 = class $1 "),
        };
      },
    },
  ],
  // One set of declarations, trimmed by scripts/trim-declarations.mjs after the build.
  dts: true,
});
