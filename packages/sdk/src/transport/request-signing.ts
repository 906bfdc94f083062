import { parseApiKey } from "../core/api-key.js";
import { signRequest } from "../core/request-signature.js";

/** Calls the SDK signs by default (CONTRACT §8): the Verify call and checkpoint commits. */
export const DEFAULT_SIGNED_ROUTES: readonly { method: string; path: string }[] = [
  { method: "POST", path: "/api/v1/balance/compare" },
  { method: "POST", path: "/api/v1/balance/checkpoint" },
];

/** Matches the default signed routes; a base-path prefix before `/api/v1` is allowed. */
export function defaultShouldSign(method: string, pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const upper = method.toUpperCase();
  return DEFAULT_SIGNED_ROUTES.some((route) => route.method === upper && path.endsWith(route.path));
}

/** The HMAC secret of an API key, or undefined when the key is not a well-formed PacSpace key. */
export function signingSecretOf(apiKey: string): string | undefined {
  return parseApiKey(apiKey)?.secret;
}

/** The `X-PacSpace-Request-Signature` value for one attempt, timestamped `nowMs`. */
export function signatureFor(input: {
  secret: string;
  method: string;
  url: URL;
  body: string;
  nowMs: number;
}): Promise<string> {
  return signRequest({
    secret: input.secret,
    method: input.method.toUpperCase(),
    pathWithQuery: `${input.url.pathname}${input.url.search}`,
    body: input.body,
    timestamp: Math.floor(input.nowMs / 1000),
  });
}
