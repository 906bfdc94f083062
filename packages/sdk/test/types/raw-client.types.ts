/**
 * Type-level tests for the raw client: compiled by `tsc` (pnpm typecheck), never executed.
 * Each `@ts-expect-error` fails the type check if the line below it ever starts compiling.
 */
import type { components, RawClient } from "../../src/raw-client.js";

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(_proof?: T): void {}

export async function emitDeltaTypes(client: RawClient): Promise<void> {
  // Positive case: a complete body compiles, and the success payload is the generated DeltaRecord.
  const { data, error } = await client.POST("/api/v1/balance/delta", {
    params: { header: { "Idempotency-Key": "usage:cust_acme:2026-04-03" } },
    body: { customerId: "cust_acme", delta: -310.25, reason: "API usage", metadata: { units: 3 } },
  });
  if (data) {
    assertType<Equals<typeof data.success, true>>();
    // Without the retrying transport, a 2xx may also be the 202 "still in flight" answer.
    const payload = data.data;
    if ("code" in payload) {
      assertType<Equals<typeof payload.code, "IDEMPOTENCY_PENDING">>();
    } else {
      assertType<Equals<typeof payload.status, "QUEUED" | "PROCESSING" | "VERIFIED" | "FAILED">>();
      const sequenceNumber: number = payload.sequenceNumber;
      void sequenceNumber;
    }
  }
  if (error) {
    assertType<Equals<typeof error.success, false>>();
    const code: components["schemas"]["ErrorCode"] = error.error.code;
    void code;
  }

  await client.POST("/api/v1/balance/delta", {
    // @ts-expect-error delta must be a number, not a string
    body: { customerId: "cust_acme", delta: "-310.25", reason: "API usage" },
  });

  await client.POST("/api/v1/balance/delta", {
    // @ts-expect-error reason is required
    body: { customerId: "cust_acme", delta: -310.25 },
  });

  // @ts-expect-error emitDelta has a required body
  await client.POST("/api/v1/balance/delta", {});
}

export async function pathAndQueryTypes(client: RawClient): Promise<void> {
  // @ts-expect-error the path does not exist in the spec
  await client.GET("/api/v1/balance/nope", {});

  // @ts-expect-error derive is a GET, not a POST
  await client.POST("/api/v1/balance/derive/{customerId}", { params: { path: { customerId: "c" } } });

  // @ts-expect-error the customerId path parameter is required
  await client.GET("/api/v1/balance/derive/{customerId}", { params: { query: { period: "2026-04" } } });

  await client.GET("/api/v1/balance/derive/{customerId}", {
    // @ts-expect-error timePreset is an enum
    params: { path: { customerId: "cust_acme" }, query: { timePreset: "last_month" } },
  });

  await client.GET("/api/v1/balance/customers", {
    // @ts-expect-error page is a number
    params: { query: { page: "2" } },
  });

  // Positive: createCheckpoint returns a Checkpoint or, without customerId, {checkpoints}.
  const { data } = await client.POST("/api/v1/balance/checkpoint", { body: { period: "2026-04" } });
  if (data) {
    const payload = data.data;
    if (!("code" in payload)) {
      const checkpoints = "checkpoints" in payload ? payload.checkpoints : [payload];
      const proofRoot: string | undefined = checkpoints[0]?.proofRoot;
      void proofRoot;
    }
  }

  // Positive: public verification needs no header parameters.
  const verified = await client.GET("/api/v1/verify/{proofRoot}", {
    params: { path: { proofRoot: "0x9ea51b7182d986b4009a5afd3919a7fc697cc6d383088575c265db439d955a77" } },
  });
  if (verified.data) {
    assertType<Equals<typeof verified.data.data.kind, "checkpoint" | "receipt" | "submission">>();
  }
}
