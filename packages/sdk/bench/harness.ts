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

/** What `pairedCpu` measured: CPU µs per call (median rounds) and the contender/baseline ratio. */
export interface PairedCpu {
  baselineUs: number;
  contenderUs: number;
  /** Median of the per-round ratios, with the rounds' lower and upper quartiles (the spread). */
  ratio: number;
  lowRatio: number;
  highRatio: number;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.round(q * (sorted.length - 1))] as number;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function cpuUsOf(call: () => Promise<unknown>, calls: number): Promise<number> {
  // Untimed: one turn of the event loop, as between a real app's calls (which wait on I/O).
  // Without it a round runs as one job of microtasks, which keeps every WeakRef target made
  // during it alive and postpones finalizers, costs no real call carries.
  await nextTurn();
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) consume(await call());
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

/**
 * The process CPU time of two async calls, compared. They take turns, `slice` sequential calls
 * at a time, in the order A B B A A B B A…: a slow phase of the machine falls on both, and each
 * runs after itself as often as after the other, so work one leaves behind (its garbage, the
 * collector's threads finishing a cycle it started) falls on both alike. A round is `slices`
 * slices of each; its ratio is that of their summed CPU time, and the result is the median
 * round ratio, with the rounds' quartiles as its spread.
 */
export async function pairedCpu(
  baseline: () => Promise<unknown>,
  contender: () => Promise<unknown>,
  options: { rounds: number; slices: number; slice: number; warmup: number },
): Promise<PairedCpu> {
  const baselineRounds: number[] = [];
  const contenderRounds: number[] = [];
  for (let round = -options.warmup; round < options.rounds; round++) {
    let baselineUs = 0;
    let contenderUs = 0;
    for (let s = 0; s < options.slices; s++) {
      if (s % 2 === 0) baselineUs += await cpuUsOf(baseline, options.slice);
      contenderUs += await cpuUsOf(contender, options.slice);
      if (s % 2 === 1) baselineUs += await cpuUsOf(baseline, options.slice);
    }
    if (round < 0) continue;
    const calls = options.slices * options.slice;
    baselineRounds.push(baselineUs / calls);
    contenderRounds.push(contenderUs / calls);
  }
  const ratios = contenderRounds.map((us, i) => us / (baselineRounds[i] as number));
  return {
    baselineUs: median(baselineRounds),
    contenderUs: median(contenderRounds),
    ratio: median(ratios),
    lowRatio: quantile(ratios, 0.25),
    highRatio: quantile(ratios, 0.75),
  };
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
