import type { Clock } from "../../clock.js";
import { parseApiKey, verifyRequestSignature } from "../kernel/core.js";
import { LedgerError } from "../kernel/ledger-error.js";
import type { SignatureReplayStore } from "../kernel/signature-replay-store.js";
import type { TenantState } from "../kernel/state.js";
import type { AuthContext } from "./api-keys.js";

/**
 * Signed calls: `X-PacSpace-Request-Signature: t=<unix s>,v1=<hex>` over
 * `{t}.{METHOD}.{path with query}.{raw body}`, keyed by the API key's secret. Checked
 * whenever present; a signature is accepted once (`REQUEST_REPLAYED` afterwards); a tenant
 * may require it on compare (`SIGNATURE_REQUIRED`).
 */

export type SignableOperation = "compare" | "checkpoint";

export interface SignedRequest {
  /** The `X-Api-Key` value the request authenticated with (its secret keys the HMAC). */
  apiKey: string;
  method: string;
  /** Path plus query string exactly as sent, e.g. `/api/v1/balance/compare`. */
  pathWithQuery: string;
  /** The raw body text exactly as sent ("" for none). */
  body: string;
  /** The `X-PacSpace-Request-Signature` header, or null/undefined when absent. */
  header: string | null | undefined;
  operation: SignableOperation;
}

export async function checkRequestSignature(
  store: SignatureReplayStore,
  clock: Clock,
  tenant: TenantState,
  auth: AuthContext,
  request: SignedRequest,
): Promise<{ signed: boolean }> {
  if (request.header === undefined || request.header === null || request.header === "") {
    if (request.operation === "compare" && tenant.requireSignedCompare) {
      throw new LedgerError(
        "SIGNATURE_REQUIRED",
        "This tenant requires X-PacSpace-Request-Signature on compare",
      );
    }
    return { signed: false };
  }
  const parsed = parseApiKey(request.apiKey);
  if (!parsed)
    throw new LedgerError("INVALID_API_KEY", "The API key is missing, malformed, unknown or revoked");
  const result = await verifyRequestSignature({
    header: request.header,
    secret: parsed.secret,
    method: request.method,
    pathWithQuery: request.pathWithQuery,
    body: request.body,
    now: clock.now(),
    toleranceSeconds: store.toleranceSeconds,
  });
  if (!result.valid) throw new LedgerError(result.code, result.message);
  if (!store.claim(auth.keyId, result.signature, result.timestamp)) {
    throw new LedgerError(
      "REQUEST_REPLAYED",
      "This request signature was already used; sign each request afresh",
    );
  }
  return { signed: true };
}
