/**
 * What the SDK adds to a call, against an in-process handler (a fetch that returns a canned
 * Response: no network, no MSW), so only client-side work is measured:
 * raw fetch → bare openapi-fetch → openapi-fetch over the PacSpace transport → `pac.balance.*`.
 * Goal: `pac.balance.limits()` ≤ 1.10× bare openapi-fetch `client.GET(...)`.
 *
 * Two floors are measured with them: what any transport pays that can cancel an attempt on its
 * timeout (one AbortController and one timer per attempt, the signal handed to fetch), and what
 * a transport built on ky pays (one ky call per attempt, no retry, no hooks). They show how
 * much of the overhead is the transport's own work and how much its foundation's.
 */
import ky from "ky";
import createClient from "openapi-fetch";
import { PacSpace } from "../src/client.js";
import type { paths } from "../src/generated/schema.js";
import { createPacSpaceFetch } from "../src/transport/index.js";
import { assertValidRequest, assertValidScope, scopeInputOf } from "../src/validation/validate.js";
import { type Contender, compare, format, goal, heading, line, type Timing } from "./harness.js";

const CALLS = 1_000;
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

const DERIVE_BODY = JSON.stringify({
  success: true,
  data: {
    customerId: "cust_bench",
    balance: 1250.5,
    startingBalance: 0,
    deltaCount: 2,
    scope: { mode: "window", from: "2025-01-01T00:00:00.000Z", to: "2025-02-01T00:00:00.000Z" },
    deltas: [
      { recordId: "rec_1", sequenceNumber: 1, delta: 1000, reason: "credit", runningBalance: 1000 },
      { recordId: "rec_2", sequenceNumber: 2, delta: 250.5, reason: "credit", runningBalance: 1250.5 },
    ],
    pagination: { total: 2, limit: 100, offset: 0, hasMore: false },
  },
});

/** The in-process "server": a fresh canned Response per call, chosen by path. */
async function handler(input: Request | string | URL): Promise<Response> {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  const body = url.includes("/derive/") ? DERIVE_BODY : LIMITS_BODY;
  return new Response(body, {
    status: 200,
    headers: { "content-type": "application/json", "x-request-id": "req_bench" },
  });
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
    `SDK call overhead — ${CALLS.toLocaleString("en-US")} sequential calls per round, in-process handler`,
  );
  const bare = createClient<paths>({ baseUrl: BASE_URL, fetch: handler, headers: { "X-Api-Key": API_KEY } });
  const overTransport = createClient<paths>({
    baseUrl: BASE_URL,
    fetch: createPacSpaceFetch({ apiKey: API_KEY, fetch: handler }),
  });
  const withRequestCopy = createClient<paths>({
    baseUrl: BASE_URL,
    headers: { "X-Api-Key": API_KEY },
    fetch: (request: Request) => handler(new Request(request, { signal: new AbortController().signal })),
  });
  const withTimeoutSignal = createClient<paths>({
    baseUrl: BASE_URL,
    headers: { "X-Api-Key": API_KEY },
    fetch: async (request: Request) => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 30_000);
      try {
        return await handler(new Request(request, { signal: controller.signal }));
      } finally {
        clearTimeout(timer);
      }
    },
  });
  const overKy = createClient<paths>({
    baseUrl: BASE_URL,
    headers: { "X-Api-Key": API_KEY },
    fetch: (request: Request) =>
      ky(request.url, {
        method: request.method,
        headers: request.headers,
        timeout: 30_000,
        retry: 0,
        throwHttpErrors: false,
        fetch: handler,
      }),
  });
  const pac = new PacSpace({ apiKey: API_KEY, baseUrl: BASE_URL, fetch: handler });
  const limitsUrl = `${BASE_URL}/api/v1/balance/limits`;
  const deriveQuery = { period: "2025-01" } as const;

  const contenders: Contender[] = [
    {
      name: "raw fetch + res.json()",
      run: sequential(async () => {
        const response = await handler(new Request(limitsUrl, { headers: { "X-Api-Key": API_KEY } }));
        return response.json();
      }),
    },
    {
      name: "openapi-fetch client.GET(limits)",
      run: sequential(() => bare.GET("/api/v1/balance/limits")),
    },
    {
      // What any transport pays that copies the Request once per attempt to give it its own
      // (timeout) signal and headers, before doing anything else.
      name: "floor: openapi-fetch + one Request copy/call",
      run: sequential(() => withRequestCopy.GET("/api/v1/balance/limits")),
    },
    {
      name: "floor: + a cancelling timeout per attempt",
      run: sequential(() => withTimeoutSignal.GET("/api/v1/balance/limits")),
    },
    {
      name: "floor: openapi-fetch + one ky call/attempt",
      run: sequential(() => overKy.GET("/api/v1/balance/limits")),
    },
    {
      name: "openapi-fetch over createPacSpaceFetch",
      run: sequential(() => overTransport.GET("/api/v1/balance/limits")),
    },
    { name: "pac.balance.limits()", run: sequential(() => pac.balance.limits()) },
    {
      name: "openapi-fetch client.GET(derive, period)",
      run: sequential(() =>
        bare.GET("/api/v1/balance/derive/{customerId}", {
          params: { path: { customerId: "cust_bench" }, query: deriveQuery },
        }),
      ),
    },
    {
      name: "pac.balance.derive(id, { period })",
      run: sequential(() => pac.balance.derive("cust_bench", deriveQuery)),
    },
    {
      name: "client-side validation of that derive alone",
      run: sequential(async () => {
        assertValidRequest("deriveBalance", { pathParams: { customerId: "cust_bench" }, query: deriveQuery });
        assertValidScope("deriveBalance", scopeInputOf(deriveQuery), { allowCheckpoint: true });
      }),
    },
  ];
  const timings = await compare(contenders, { rounds: 12, warmup: 2 });
  const [raw, openapi, floor, timeoutFloor, kyFloor, transport, limits, openapiDerive, derive, validation] =
    timings as [Timing, Timing, Timing, Timing, Timing, Timing, Timing, Timing, Timing, Timing];
  console.log(line(raw, CALLS));
  console.log(line(openapi, CALLS, raw));
  console.log(line(floor, CALLS, openapi));
  console.log(line(timeoutFloor, CALLS, openapi));
  console.log(line(kyFloor, CALLS, openapi));
  console.log(line(transport, CALLS, openapi));
  console.log(line(limits, CALLS, openapi));
  console.log(line(openapiDerive, CALLS));
  console.log(line(derive, CALLS, openapiDerive));
  console.log(line(validation, CALLS));
  const us = (timing: Timing) => (timing.bestMs / CALLS) * 1000;
  const µs = (value: number) => `${value.toFixed(1)} µs`;
  console.log(
    `  per call: openapi-fetch ${µs(us(openapi))}; the transport adds ${µs(us(transport) - us(openapi))}, ` +
      `the resource layer ${µs(us(limits) - us(transport))}; of the transport's share, ky's own call ` +
      `takes ${µs(us(kyFloor) - us(openapi))}; derive's client-side validation ` +
      `${µs(us(validation))} of its ${µs(us(derive) - us(openapiDerive))} overhead`,
  );
  goal("pac.balance.limits() / bare openapi-fetch GET", limits.bestMs / openapi.bestMs, 1.1);
  console.log(
    `  INFO  floors: a cancelling per-attempt timeout alone is ${format(timeoutFloor.bestMs / openapi.bestMs)}×, ` +
      `one ky call per attempt ${format(kyFloor.bestMs / openapi.bestMs)}× bare openapi-fetch`,
  );
}
