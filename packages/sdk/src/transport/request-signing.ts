import { parseApiKey } from "../core/api-key.js";

/** Calls the SDK signs by default: the Verify call and checkpoint commits. */
export const DEFAULT_SIGNED_ROUTES: readonly { method: string; path: string }[] = [
  { method: "POST", path: "/api/v1/balance/compare" },
  { method: "POST", path: "/api/v1/balance/checkpoint" },
];

const SIGNED_METHODS: ReadonlySet<string> = new Set(DEFAULT_SIGNED_ROUTES.map((route) => route.method));

/** Matches the default signed routes; a base-path prefix before `/api/v1` is allowed. */
export function defaultShouldSign(method: string, pathname: string): boolean {
  const upper = method.toUpperCase();
  // Most calls are not of a signed method: their path needs no look.
  if (!SIGNED_METHODS.has(upper)) return false;
  const path = pathname.length > 1 && pathname.endsWith("/") ? pathname.replace(/\/+$/, "") : pathname;
  for (const route of DEFAULT_SIGNED_ROUTES) {
    if (route.method === upper && path.endsWith(route.path)) return true;
  }
  return false;
}

/** The HMAC secret of an API key, or undefined when the key is not a well-formed PacSpace key. */
export function signingSecretOf(apiKey: string): string | undefined {
  return parseApiKey(apiKey)?.secret;
}

/** Hands out a signature timestamp (unix seconds) for one signed request. */
export type SignatureTimestamps = (signedMessage: string, nowMs: number) => number;

/**
 * Signature timestamps have one-second resolution and the server accepts each signature once,
 * so two identical signed requests within one second (a quick retry, a repeated checkpoint
 * call) would sign identically and the second would be refused as a replay. Each identical
 * message therefore gets a timestamp after the last one it used; distinct messages keep the
 * current second. Entries older than the current second can never collide again, so they go.
 */
export function createSignatureTimestamps(): SignatureTimestamps {
  const lastUsed = new Map<string, number>();
  return (signedMessage, nowMs) => {
    const now = Math.floor(nowMs / 1000);
    for (const [message, timestamp] of lastUsed) if (timestamp < now) lastUsed.delete(message);
    const previous = lastUsed.get(signedMessage);
    const timestamp = previous === undefined ? now : Math.max(now, previous + 1);
    lastUsed.set(signedMessage, timestamp);
    return timestamp;
  };
}

// Loaded by the first signed call: apps that never compare or checkpoint do not ship HMAC code.
const loadSigner = () => import("../core/request-signature.js");

/** The `X-PacSpace-Request-Signature` value for one attempt. */
export async function signatureFor(input: {
  secret: string;
  method: string;
  url: URL;
  body: string;
  nowMs: number;
  timestamps: SignatureTimestamps;
}): Promise<string> {
  const method = input.method.toUpperCase();
  const pathWithQuery = `${input.url.pathname}${input.url.search}`;
  const timestamp = input.timestamps(`${method} ${pathWithQuery}\n${input.body}`, input.nowMs);
  const { signRequest } = await loadSigner();
  return signRequest({ secret: input.secret, method, pathWithQuery, body: input.body, timestamp });
}
