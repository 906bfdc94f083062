/**
 * The server bench's load generator, run in its own process so it never shares an event
 * loop with a server it measures: autocannon on keep-alive connections, for one window.
 * argv[2] is a JSON `LoadRequest`; prints one JSON `LoadResult` line.
 */
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";

export interface LoadRequest {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  /** For POST: emits, each with its own reason and Idempotency-Key (a UUID, as the SDK sends). */
  emit: boolean;
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  ok: number;
  failed: number;
}

const request = JSON.parse(process.argv[2] as string) as LoadRequest;
let n = 0;
const result = await autocannon({
  url: request.url,
  connections: request.connections,
  duration: request.durationSeconds,
  requests: [
    {
      method: request.method,
      headers: request.headers,
      ...(request.emit
        ? {
            setupRequest: (req) => {
              n++;
              return {
                ...req,
                // a UUID, as the SDK generates
                headers: { ...request.headers, "Idempotency-Key": randomUUID() },
                body: JSON.stringify({ customerId: `cust_${n % 100}`, delta: 0.25, reason: `usage ${n}` }),
              };
            },
          }
        : {}),
    },
  ],
});
const answer: LoadResult = {
  requestsPerSecond: result.requests.total / result.duration,
  ok: result["2xx"],
  failed: result.non2xx + result.errors + result.timeouts,
};
console.log(JSON.stringify(answer));
