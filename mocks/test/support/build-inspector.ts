// @ts-expect-error: a plain ES module without declarations
import { buildInspector } from "../../inspector/build.mjs";

/** Vitest global setup: the inspector page is built once, before any test file serves it. */
export default async function setup(): Promise<void> {
  await buildInspector();
}
