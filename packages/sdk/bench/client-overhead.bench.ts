/**
 * What a call through the SDK costs against a bare ky call making the same request, both
 * answered by the same canned fetch (a fresh `Response` per call: no network, no MSW), so only
 * client-side work is measured. The SDK is the BUILT package (`dist/`, run `pnpm build` first),
 * as users run it; ky is the version the SDK bundles.
 *
 * - read: `pac.balance.limits()` against `ky.get(url, { headers })`, its body read with `.json()`.
 * - write: `pac.balance.emit(customerId, delta, reason)` against `ky.post(url, { json, headers })`,
 *   its body read with `.json()`, with an `Idempotency-Key` of its own (one random UUID per call).
 *
 * Both ky calls make the very request the SDK makes: same URL, body and headers (the SDK's API
 * key, `X-Chain-Id`, `User-Agent` and attempt counter; `assertSameRequest` fails the bench when
 * they differ), and use the options the SDK's transport gives ky (no retry, a 30 s timeout,
 * errors returned rather than thrown). The body is read from the `Response` rather than through
 * ky's `.json()` shortcut, which would add an `Accept` header the SDK does not send. One more
 * contender, printed for information, is the floor of `pac.raw`'s layering: openapi-fetch
 * building its `Request` and handing it to a fetch that re-sends it through ky, with no SDK code.
 *
 * Contenders run interleaved, rounds of CALLS sequential calls; ratios are of median rounds,
 * measured in this run. Each round is timed twice: by the wall clock and by the process's CPU
 * time. The calls are CPU-bound (nothing waits on I/O or on a timer), so the CPU time is their
 * cost, the work of V8's collector threads included; on a machine shared with other processes
 * the wall clock also counts the turns the scheduler gives those, which swings a ratio of
 * medians by ±25 % from run to run. The goals are judged on CPU time; wall-clock ratios are
 * printed beside them.
 */
import ky from "ky";
import createClient from "openapi-fetch";
import type { paths } from "../src/generated/schema.js";
import { compare, format, goal, heading, median, type Timing } from "./harness.js";

const GOAL_RATIO = 1.25;
const CALLS = 200;
const ROUNDS = 15;
const WARMUP = 2;
const BASE_URL = "https://api.pacspace.test";
const API_KEY = "pk_test_bench01.c2VjcmV0LWJlbmNoLWtleQ";

const LIMITS_BODY = JSON.stringify({
  success: true,
  data: {
    maxScopeMonths: 12,
    maxLastNDays: 365,
    maxRetentionDays: 730,
    maxBatchSize: 100,
    maxDeltaAbs: 1_000_000_000,
    maxReasonLength: 500,
  },
});

const EMIT_BODY = JSON.stringify({
  success: true,
  data: {
    recordId: "rec_bench",
    customerId: "cust_bench",
    delta: -12.5,
    reason: "API usage",
    status: "QUEUED",
    sequenceNumber: 1,
  },
});

/** The in-process "server": a fresh canned Response per call, the write's answer for a POST. */
async function cannedFetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
  const method = input instanceof Request ? input.method : (init?.method ?? "GET");
  if (recording !== undefined && input instanceof Request) recording.push(await wireOf(input));
  return new Response(method === "POST" ? EMIT_BODY : LIMITS_BODY, {
    status: method === "POST" ? 201 : 200,
    headers: { "content-type": "application/json", "x-request-id": "req_bench" },
  });
}

/** The headers every SDK call carries here (the bare calls send the same). */
function sdkHeaders(sdkVersion: string): Record<string, string> {
  return {
    "x-api-key": API_KEY,
    "x-chain-id": "296",
    "user-agent": `pacspace-sdk-typescript/${sdkVersion}`,
    "x-pacspace-retry-count": "0",
  };
}

/** What reached the fetch, with the idempotency key blanked (each call has its own). */
async function wireOf(request: Request): Promise<string> {
  const headers = [...request.headers].map(([name, value]) =>
    name === "idempotency-key" ? [name, value === "" ? "" : "<uuid>"] : [name, value],
  );
  return JSON.stringify([request.method, request.url, headers, await request.clone().text()]);
}

let recording: string[] | undefined;

/** Throws unless the two calls put the same request on the wire. */
async function assertSameRequest(label: string, sdk: () => Promise<unknown>, bare: () => Promise<unknown>) {
  recording = [];
  await sdk();
  await bare();
  const [fromSdk, fromBare] = recording;
  recording = undefined;
  if (fromSdk === undefined || fromSdk !== fromBare) {
    throw new Error(`client-overhead bench: the ${label} calls differ on the wire:\n${fromSdk}\n${fromBare}`);
  }
}

/** CALLS sequential calls, pushing the process CPU time they took (ms) onto `cpuMs`. */
function sequential(call: () => Promise<unknown>, cpuMs: number[]): () => Promise<unknown> {
  return async () => {
    let last: unknown;
    const start = process.cpuUsage();
    for (let i = 0; i < CALLS; i++) last = await call();
    const used = process.cpuUsage(start);
    cpuMs.push((used.user + used.system) / 1000);
    return last;
  };
}

export async function benchClientOverhead(): Promise<void> {
  heading(
    `SDK cost per call vs a bare ky call making the same request, same canned fetch — built package, ${CALLS} sequential calls per round, ${ROUNDS} rounds interleaved, medians`,
  );
  const { PacSpace, SDK_VERSION } = (await import(
    new URL("../dist/index.js", import.meta.url).href
  )) as typeof import("../src/index.js");
  const pac = new PacSpace({ apiKey: API_KEY, baseUrl: BASE_URL, fetch: cannedFetch });
  const SDK_HEADERS = sdkHeaders(SDK_VERSION);
  const bare = ky.create({ retry: 0, timeout: 30_000, throwHttpErrors: false, fetch: cannedFetch });
  const emitBody = { customerId: "cust_bench", delta: -12.5, reason: "API usage" };
  const layered = createClient<paths>({
    baseUrl: BASE_URL,
    headers: SDK_HEADERS,
    fetch: async (request: Request) =>
      bare(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body === null ? undefined : await request.arrayBuffer(),
        signal: request.signal,
      }),
  });

  const bareReadCall = async () =>
    (await bare.get(`${BASE_URL}/api/v1/balance/limits`, { headers: SDK_HEADERS })).json();
  const sdkReadCall = () => pac.balance.limits();
  const bareWriteCall = async () =>
    (
      await bare.post(`${BASE_URL}/api/v1/balance/delta`, {
        json: emitBody,
        headers: { ...SDK_HEADERS, "idempotency-key": crypto.randomUUID() },
      })
    ).json();
  const sdkWriteCall = () => pac.balance.emit(emitBody.customerId, emitBody.delta, emitBody.reason);
  await assertSameRequest("read", sdkReadCall, bareReadCall);
  await assertSameRequest("write", sdkWriteCall, bareWriteCall);

  const contenders = [
    { name: "ky.get(limits) + .json()", call: bareReadCall },
    { name: "pac.balance.limits()", call: sdkReadCall },
    { name: "ky.post(delta, { json }) + .json()", call: bareWriteCall },
    { name: "pac.balance.emit(…)", call: sdkWriteCall },
    {
      name: "floor: openapi-fetch POST over ky",
      call: () =>
        layered.POST("/api/v1/balance/delta", {
          body: emitBody,
          headers: { "idempotency-key": crypto.randomUUID() },
        }),
    },
  ].map((contender) => ({ ...contender, cpuMs: [] as number[] }));
  const timings = await compare(
    contenders.map(({ name, call, cpuMs }) => ({ name, run: sequential(call, cpuMs) })),
    { rounds: ROUNDS, warmup: WARMUP },
  );
  /** Per contender: median round by the wall clock and in CPU time (warm-up rounds left out), ms. */
  const measured = contenders.map((contender, i) => ({
    name: contender.name,
    wallMs: (timings[i] as Timing).medianMs,
    cpuMs: median(contender.cpuMs.slice(WARMUP)),
  }));
  type Measured = (typeof measured)[number];
  const [kyRead, sdkRead, kyWrite, sdkWrite, layeredWrite] = measured as [
    Measured,
    Measured,
    Measured,
    Measured,
    Measured,
  ];
  const perCall = (ms: number) => format((ms / CALLS) * 1000).padStart(6);
  for (const [timing, baseline] of [
    [kyRead, undefined],
    [sdkRead, kyRead],
    [kyWrite, undefined],
    [sdkWrite, kyWrite],
    [layeredWrite, kyWrite],
  ] as const) {
    const ratio =
      baseline === undefined
        ? ""
        : `  ${format(timing.cpuMs / baseline.cpuMs)}× (wall ${format(timing.wallMs / baseline.wallMs)}×) ${baseline.name}`;
    console.log(
      `  ${timing.name.padEnd(34)} CPU ${perCall(timing.cpuMs)} µs/call, wall ${perCall(timing.wallMs)} µs/call${ratio}`,
    );
  }
  console.log(
    `  the SDK's own work per call (CPU): read ${format(((sdkRead.cpuMs - kyRead.cpuMs) / CALLS) * 1000)} µs, ` +
      `write ${format(((sdkWrite.cpuMs - kyWrite.cpuMs) / CALLS) * 1000)} µs`,
  );
  goal(
    "read: pac.balance.limits() / bare ky GET (CPU time, medians)",
    sdkRead.cpuMs / kyRead.cpuMs,
    GOAL_RATIO,
  );
  goal(
    "write: pac.balance.emit() / bare ky POST (CPU time, medians)",
    sdkWrite.cpuMs / kyWrite.cpuMs,
    GOAL_RATIO,
  );
}
