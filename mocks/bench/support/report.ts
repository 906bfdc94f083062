import v8 from "node:v8";
import vm from "node:vm";

/**
 * Shared bits of the mock's benchmarks: number formatting, the goal line every bench
 * prints (`PASS:` / `FAIL:`, read by bench/run.ts) and heap measurement after a full GC.
 */

export const format = (n: number, digits = 0): string =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Prints the goal line: `PASS: …` or `FAIL: …`. */
export function goal(pass: boolean, text: string): boolean {
  console.log(`${pass ? "PASS" : "FAIL"}: ${text}`);
  return pass;
}

let collect: (() => void) | null = null;

/** Bytes in use after two full GCs: V8 heap plus ArrayBuffer memory (typed arrays live there). */
export function memoryInUse(): { heap: number; arrayBuffers: number; total: number } {
  if (!collect) {
    v8.setFlagsFromString("--expose-gc");
    collect = vm.runInNewContext("gc") as () => void;
  }
  collect();
  collect();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heap: heapUsed, arrayBuffers, total: heapUsed + arrayBuffers };
}

/** Runs `op` in rounds of `round` for about `ms` (after a warm-up) and returns ops per second. */
export async function throughput(
  op: () => unknown,
  options: { ms: number; round?: number; warmupMs?: number },
): Promise<number> {
  const round = options.round ?? 50;
  const run = async (ms: number) => {
    let ops = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < ms) {
      for (let i = 0; i < round; i++) await op();
      ops += round;
      elapsed = performance.now() - started;
    }
    return (ops * 1000) / elapsed;
  };
  await run(options.warmupMs ?? Math.min(500, options.ms / 2));
  return run(options.ms);
}
