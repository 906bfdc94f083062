/**
 * Operations that end or change a credential: logging a session out, revoking or rotating
 * an API key. The kit never sends them a request under, or naming, the credentials it was
 * given: each such request gets a credential the run created for itself (a key made with
 * `createApiKey`, a session opened with `login`), so a run leaves the caller's session and
 * key working. Requests that cannot touch a credential (an unknown id, a wrong credential)
 * are sent as usual.
 */
export type OwnCredentialKind = "apiKey" | "session";

export const CREDENTIAL_CHANGING_OPERATIONS: ReadonlyMap<string, { kind: OwnCredentialKind; ends: boolean }> =
  new Map([
    ["logout", { kind: "session", ends: true }],
    ["revokeApiKey", { kind: "apiKey", ends: true }],
    ["rotateApiKey", { kind: "apiKey", ends: false }],
  ]);

/** Operations whose success creates a credential the run then owns (and ends at its close). */
export const CREDENTIAL_CREATING_OPERATIONS: ReadonlyMap<string, OwnCredentialKind> = new Map([
  ["createApiKey", "apiKey"],
]);

/** The path parameter that names the API key an operation acts on. */
export const KEY_ID = "keyId";
