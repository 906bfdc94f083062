import { randomUUID } from "node:crypto";
import { getResponse } from "msw";
import { createPacSpaceMockWithRoutes } from "../../src/create-pacspace-mock.js";
import { createRouteDispatcher } from "../../src/handlers/route-dispatcher.js";
import { memoryInUse } from "./report.js";

/**
 * Memory kept per delta on each write path of the mock, measured as the growth of V8 heap
 * plus array buffers after a full GC over `count` deltas (after a warm-up of the same
 * path). Verification is `delay:250` and the clock moves 50 ms every 100 writes, as the
 * server's timer sees 2,000 writes per second: deltas are anchored in batches, as on the
 * server under load. "handlers" calls the route table the MSW handlers and the server are
 * built from (the mock's own work per request); "MSW" goes through msw's `getResponse`
 * as in-process tests do, msw's own bookkeeping included. The loop yields to the event
 * loop after every 100 writes, as requests of a real test or client do: V8 keeps every
 * WeakRef target made within one job alive until the job ends (undici's Request makes one
 * per request), which a single job of 100,000 awaited writes would count as kept.
 * Idempotency keys are UUIDs, as the SDK generates them (a shorter key would cost less).
 * The HTTP server path is measured by load.bench.ts, against the built server.
 */

export const WRITE_PATHS = [
  "ledger emit",
  "handlers emit",
  "handlers emit + Idempotency-Key",
  "handlers batch",
  "handlers batch + Idempotency-Key",
  "MSW emit + Idempotency-Key",
] as const;
export type WritePath = (typeof WRITE_PATHS)[number];
const BATCH = 100;
const CUSTOMERS = 100;
const WARM_UP = 2_000;

export async function bytesPerDelta(path: WritePath, count: number): Promise<number> {
  const { mock, routes } = createPacSpaceMockWithRoutes({
    seed: "bench",
    now: Date.UTC(2026, 3, 15, 12),
    verification: "delay:250",
    defaultTenant: { plan: "enterprise" },
  });
  const session = mock.ledger.session(mock.apiKey);
  const dispatch = createRouteDispatcher(routes);
  const post = async (route: string, body: unknown, idempotencyKey?: string) => {
    const request = new Request(`${mock.baseUrl}/api/v1/balance/${route}`, {
      method: "POST",
      headers: {
        "X-Api-Key": mock.apiKey,
        "Content-Type": "application/json",
        ...(idempotencyKey ? { "Idempotency-Key": idempotencyKey } : {}),
      },
      body: JSON.stringify(body),
    });
    const match = dispatch("POST", new URL(request.url).pathname);
    const response =
      path.startsWith("MSW") || !match
        ? await getResponse(mock.handlers, request)
        : await match.route.resolve(request, match.params);
    if (response?.status !== 201) throw new Error(`${path}: ${response?.status} ${await response?.text()}`);
    await response.arrayBuffer();
  };
  // each delta its own reason, as real usage has (one shared string would hide what a reason costs)
  const delta = (i: number) => ({ customerId: `cust_${i % CUSTOMERS}`, delta: 0.25, reason: `usage ${i}` });
  const write = async (i: number) => {
    if (path === "ledger emit") session.emitDelta(delta(i));
    else if (path === "handlers emit") await post("delta", delta(i));
    else if (path.includes("emit + Idempotency-Key")) await post("delta", delta(i), randomUUID());
    else {
      const deltas = Array.from({ length: BATCH }, (_, j) => delta(i + j));
      await post("delta/batch", { deltas }, path.endsWith("Idempotency-Key") ? randomUUID() : undefined);
    }
  };
  const step = path.startsWith("handlers batch") ? BATCH : 1;
  const run = async (from: number, to: number) => {
    for (let i = from; i < to; i += step) {
      await write(i);
      if ((i + step) % BATCH === 0) {
        mock.advanceClock(50);
        await new Promise(setImmediate);
      }
    }
  };
  await run(0, WARM_UP);
  const before = memoryInUse();
  await run(WARM_UP, WARM_UP + count);
  mock.advanceClock(1_000); // everything verified and anchored
  const after = memoryInUse();
  return (after.total - before.total) / count;
}
