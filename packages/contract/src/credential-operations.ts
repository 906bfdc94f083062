/**
 * Operations that end or change a credential: logging a session out, revoking or rotating
 * an API key. The kit never sends them with a valid request under the credentials it was
 * given (valid and invalid-input checks are skipped), so a run leaves the caller's session
 * and key working; requests that cannot touch them (an unknown id, a wrong credential) still
 * run.
 */
export const CREDENTIAL_CHANGING_OPERATIONS: ReadonlySet<string> = new Set([
  "logout",
  "revokeApiKey",
  "rotateApiKey",
]);

export const KEEPS_GIVEN_CREDENTIALS =
  "would end or change the session or API key this run was given; the kit leaves them as they are";
