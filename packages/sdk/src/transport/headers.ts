/** Header names the transport reads or writes (lower case; `Headers` is case-insensitive). */
export const HEADER = {
  apiKey: "x-api-key",
  chainId: "x-chain-id",
  creditPoolId: "x-credit-pool-id",
  idempotencyKey: "idempotency-key",
  retryCount: "x-pacspace-retry-count",
  requestSignature: "x-pacspace-request-signature",
  requestId: "x-request-id",
  userAgent: "user-agent",
  retryAfter: "retry-after",
  retryAfterMs: "retry-after-ms",
} as const;
