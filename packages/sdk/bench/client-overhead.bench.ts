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
 * Each goal compares two contenders, the bare call and the SDK's, by the process's CPU time:
 * the calls are CPU-bound (nothing waits on I/O or on a timer), so CPU time is their cost,
 * the work of V8's collector threads included, while the wall clock also counts the turns the
 * scheduler gives other processes on a shared machine. The two take turns, SLICE calls at a
 * time, each running after itself as often as after the other (`pairedCpu` in harness.ts):
 * leftovers of one call (its garbage, the collector finishing a cycle it started) are billed to
 * whichever call runs next, so a fixed order of several contenders billed each a different
 * neighbour's (in an A/A run of that former design, two copies of the very same call differed
 * by 8–13 %). A round is SLICES slices of each; the goal is judged on the median of the ROUNDS
 * per-round ratios, printed with their quartiles.
 */
import ky from "ky";
import createClient from "openapi-fetch";
import type { paths } from "../src/generated/schema.js";
import { format, goal, heading, type PairedCpu, pairedCpu } from "./harness.js";

const GOAL_RATIO = 1.25;
const SLICE = 10;
const SLICES = 20;
const ROUNDS = 31;
const WARMUP = 5;
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

export async function benchClientOverhead(): Promise<void> {
  heading(
    `SDK cost per call vs a bare ky call making the same request, same canned fetch — built package, CPU time, each pair alternating ${SLICE} calls at a time, ${ROUNDS} rounds of ${SLICES * SLICE} calls each, median round ratio [quartiles]`,
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

  const layeredWriteCall = () =>
    layered.POST("/api/v1/balance/delta", {
      body: emitBody,
      headers: { "idempotency-key": crypto.randomUUID() },
    });

  const options = { rounds: ROUNDS, slices: SLICES, slice: SLICE, warmup: WARMUP };
  const read = await pairedCpu(bareReadCall, sdkReadCall, options);
  const write = await pairedCpu(bareWriteCall, sdkWriteCall, options);
  const floor = await pairedCpu(bareWriteCall, layeredWriteCall, options);
  const us = (value: number) => format(value).padStart(6);
  const show = (names: [string, string], measured: PairedCpu) => {
    console.log(`  ${names[0].padEnd(34)} ${us(measured.baselineUs)} µs/call`);
    console.log(
      `  ${names[1].padEnd(34)} ${us(measured.contenderUs)} µs/call  ${format(measured.ratio)}× [${format(measured.lowRatio)}–${format(measured.highRatio)}]`,
    );
  };
  show(["ky.get(limits) + .json()", "pac.balance.limits()"], read);
  show(["ky.post(delta, { json }) + .json()", "pac.balance.emit(…)"], write);
  show(["ky.post(delta, { json }) + .json()", "floor: openapi-fetch POST over ky"], floor);
  console.log(
    `  the SDK's own work per call: read ${format(read.contenderUs - read.baselineUs)} µs, ` +
      `write ${format(write.contenderUs - write.baselineUs)} µs`,
  );
  goal("read: pac.balance.limits() / bare ky GET (CPU time, median round)", read.ratio, GOAL_RATIO);
  goal("write: pac.balance.emit() / bare ky POST (CPU time, median round)", write.ratio, GOAL_RATIO);
}
