/**
 * This file is generated from spec/openapi.yaml by scripts/gen-spec-artifacts.ts. Do not edit.
 *
 * The few values of the spec the SDK needs synchronously, in a file of their own so that
 * request-schemas.ts and webhook-schemas.ts can be loaded lazily (dynamic `import()`).
 */

/** The largest `emitDeltaBatch` request: `maxItems` of its body's `deltas`. */
export const maxBatchSize = 100;
