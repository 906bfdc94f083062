export type {
  FetchLike,
  LogContext,
  PacSpaceFetchOptions,
  PacSpaceLogger,
} from "./create-pacspace-fetch.js";
export { HEADER } from "./headers.js";
export { createPacSpaceFetch } from "./lazy-pacspace-fetch.js";
export { DEFAULT_SIGNED_ROUTES, defaultShouldSign } from "./request-signing.js";
export { getResponseMeta, type ResponseMeta } from "./response-meta.js";
export { isIdempotencyPending } from "./response-signals.js";
export {
  backoffDelayMs,
  DEFAULT_MAX_RETRIES,
  decideResponseRetry,
  MAX_SERVER_DELAY_MS,
  RETRYABLE_STATUSES,
  type RetryDecision,
} from "./retry-policy.js";
export { SDK_VERSION, USER_AGENT } from "./version.js";
export { isWriteMethod, WRITE_METHODS } from "./write-methods.js";
