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
 * key, `X-Chain-Id`, `User-Agent` and attempt counter; a `wire` check below fails the bench when
 * they differ), and use the options the SDK's transport gives ky (no retry, a 30 s timeout,
 * errors returned rather than thrown). The body is read from the `Response` rather than through
 * ky's `.json()` shortcut, which would add an `Accept` header the SDK does not send. One more contender, printed for information, is the floor of the
 * SDK's present layering: openapi-fetch building its `Request` and handing it to a fetch that
 * re-sends it through ky (with its signal), with no SDK code at all. Contenders run interleaved, rounds of CALLS sequential calls;
 * the ratio is of median rounds, measured in this run.
 */
import ky from "ky";
import createClient from "openapi-fetch";
import type { paths } from "../src/generated/schema.js";
import { compare, format, goal, heading, type Timing } from "./harness.js";

const GOAL_RATIO = 1.25;
const CALLS = 200;
const ROUNDS = 9;
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

function sequential(call: () => Promise<unknown>): () => Promise<unknown> {
  return async () => {
    let last: unknown;
    for (let i = 0; i < CALLS; i++) last = await call();
    return last;
  };
}

export async function benchClientOverhead(): Promise<void> {
  heading(
    `SDK cost per call vs a bare ky call, same canned fetch — built package, ${CALLS} sequential calls per round, ${ROUNDS} rounds interleaved, medians`,
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

  const timings = await compare(
    [
      { name: "ky.get(limits) + .json()", run: sequential(bareReadCall) },
      { name: "pac.balance.limits()", run: sequential(sdkReadCall) },
      { name: "ky.post(delta, { json }) + .json()", run: sequential(bareWriteCall) },
      { name: "pac.balance.emit(…)", run: sequential(sdkWriteCall) },
      {
        name: "floor: openapi-fetch POST over ky",
        run: sequential(() =>
          layered.POST("/api/v1/balance/delta", {
            body: emitBody,
            headers: { "idempotency-key": crypto.randomUUID() },
          }),
        ),
      },
    ],
    { rounds: ROUNDS, warmup: 2 },
  );
  const [kyRead, sdkRead, kyWrite, sdkWrite, layeredWrite] = timings as [
    Timing,
    Timing,
    Timing,
    Timing,
    Timing,
  ];
  for (const [timing, baseline] of [
    [kyRead, undefined],
    [sdkRead, kyRead],
    [kyWrite, undefined],
    [sdkWrite, kyWrite],
    [layeredWrite, kyWrite],
  ] as const) {
    const ratio =
      baseline === undefined ? "" : `  ${format(timing.medianMs / baseline.medianMs)}× ${baseline.name}`;
    console.log(
      `  ${timing.name.padEnd(34)} median ${format((timing.medianMs / CALLS) * 1000).padStart(6)} µs/call ` +
        `(fastest round ${format((timing.bestMs / CALLS) * 1000)})${ratio}`,
    );
  }
  const readRatio = sdkRead.medianMs / kyRead.medianMs;
  const writeRatio = sdkWrite.medianMs / kyWrite.medianMs;
  console.log(
    `  the SDK's own work per call: read ${format(((sdkRead.medianMs - kyRead.medianMs) / CALLS) * 1000)} µs, ` +
      `write ${format(((sdkWrite.medianMs - kyWrite.medianMs) / CALLS) * 1000)} µs`,
  );
  goal("read: pac.balance.limits() / bare ky GET (medians)", readRatio, GOAL_RATIO);
  goal("write: pac.balance.emit() / bare ky POST (medians)", writeRatio, GOAL_RATIO);
}
