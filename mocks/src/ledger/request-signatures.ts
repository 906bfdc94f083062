import type { Clock } from "../clock.js";
import type { AuthContext } from "./api-keys.js";
import { parseApiKey, verifyRequestSignature } from "./core.js";
import { LedgerError } from "./ledger-error.js";
import type { TenantState } from "./state.js";

/**
 * Signed calls: `X-PacSpace-Request-Signature: t=<unix s>,v1=<hex>` over
 * `{t}.{METHOD}.{path with query}.{raw body}`, keyed by the API key's secret. Checked
 * whenever present; a signature is accepted once (`REQUEST_REPLAYED` afterwards); a tenant
 * may require it on compare (`SIGNATURE_REQUIRED`).
 */

export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

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

/** Signatures seen within their validity window, so each is accepted only once. */
export class SignatureReplayStore {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    readonly toleranceSeconds: number = DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
  ) {}

  /** Records the signature; false when it was already used. Synchronous: no await between check and record. */
  claim(keyId: string, signature: string, timestampSeconds: number): boolean {
    const now = this.clock.now();
    for (const [entry, expiresAt] of this.seen) if (expiresAt <= now) this.seen.delete(entry);
    const entry = `${keyId}:${signature}`;
    if (this.seen.has(entry)) return false;
    // Once the timestamp is outside the tolerance the signature is refused as expired anyway.
    this.seen.set(entry, (timestampSeconds + this.toleranceSeconds) * 1000 + 1);
    return true;
  }

  reset(): void {
    this.seen.clear();
  }
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
