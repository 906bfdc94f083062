/**
 * A tiny benchmark harness. Every comparison runs its contenders interleaved, round after
 * round, in the same process, and keeps each contender's fastest and median round: on a shared
 * machine the minimum is the least disturbed measurement, the median the typical one, and
 * interleaving spreads slow phases (GC, other processes) over all contenders alike.
 */

export interface Contender {
  name: string;
  /** Runs the measured work once; the return value is kept alive so it is not optimized away. */
  run: () => unknown | Promise<unknown>;
}

export interface Timing {
  name: string;
  /** Fastest round, in ms. */
  bestMs: number;
  /** Median round, in ms. */
  medianMs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

let sink: unknown;

/** Keeps a value reachable so the work that produced it cannot be dropped. */
export function consume(value: unknown): void {
  sink = value;
}

export function lastConsumed(): unknown {
  return sink;
}

/** Runs the contenders `rounds` times, interleaved; returns each one's fastest and median round. */
export async function compare(
  contenders: readonly Contender[],
  options: { rounds: number; warmup?: number },
): Promise<Timing[]> {
  const rounds = contenders.map((): number[] => []);
  for (let w = 0; w < (options.warmup ?? 0); w++) {
    for (const contender of contenders) consume(await contender.run());
  }
  for (let round = 0; round < options.rounds; round++) {
    // Alternate the order so no contender always runs right after the same one.
    const order =
      round % 2 === 0 ? contenders.map((_, i) => i) : contenders.map((_, i) => contenders.length - 1 - i);
    for (const i of order) {
      const contender = contenders[i] as Contender;
      const start = performance.now();
      consume(await contender.run());
      (rounds[i] as number[]).push(performance.now() - start);
    }
  }
  return contenders.map((contender, i) => ({
    name: contender.name,
    bestMs: Math.min(...(rounds[i] as number[])),
    medianMs: median(rounds[i] as number[]),
  }));
}

export interface GoalResult {
  label: string;
  pass: boolean;
}

const results: GoalResult[] = [];

/** Prints a PASS/FAIL line for `value` against an upper bound and records it for the summary. */
export function goal(label: string, value: number, max: number, unit = "×"): GoalResult {
  const pass = value <= max;
  const result = { label, pass };
  results.push(result);
  console.log(
    `  ${pass ? "PASS" : "FAIL"}  ${label}: ${format(value)}${unit} (goal ≤ ${format(max)}${unit})`,
  );
  return result;
}

export function goalResults(): readonly GoalResult[] {
  return results;
}

export function format(value: number, digits = 3): string {
  if (value === 0) return "0";
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString("en-US");
  return Number(value.toPrecision(digits)).toString();
}

/** `name  12.3 ms  81,300 ops/s  1.02×` for a timing of `ops` operations against a baseline. */
export function line(timing: Timing, ops: number, baseline?: Timing): string {
  const opsPerSecond = (ops / timing.bestMs) * 1000;
  const ratio = baseline ? `  ${format(timing.bestMs / baseline.bestMs)}× ${baseline.name}` : "";
  return `  ${timing.name.padEnd(44)} ${format(timing.bestMs).padStart(8)} ms  ${format(opsPerSecond).padStart(12)} ops/s${ratio}`;
}

export function heading(title: string): void {
  console.log(`\n${title}`);
}
