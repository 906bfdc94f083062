interface DenoTimers {
  unrefTimer?: (id: number) => void;
}

/**
 * `setTimeout` that never keeps the process alive: unref'd in Node and Bun, `Deno.unrefTimer`
 * in Deno; browsers have nothing to keep alive. Returns the function that cancels it.
 */
export function setBackgroundTimeout(run: () => void, delayMs: number): () => void {
  const handle: unknown = setTimeout(run, delayMs);
  if (
    typeof handle === "object" &&
    handle !== null &&
    "unref" in handle &&
    typeof handle.unref === "function"
  ) {
    handle.unref();
  } else if (typeof handle === "number") {
    (globalThis as { Deno?: DenoTimers }).Deno?.unrefTimer?.(handle);
  }
  return () => clearTimeout(handle as ReturnType<typeof setTimeout>);
}
