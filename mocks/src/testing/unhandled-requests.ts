/** What MSW does with a request no handler answers. */
export type UnhandledRequests = "error" | "warn" | "bypass";

/**
 * The options given to `server.listen()` and `worker.start()`. msw 3 renames
 * `onUnhandledRequest` to `onUnhandledFrame`; this is the one line to change then.
 */
export function interceptionOptions(unhandled: UnhandledRequests): { onUnhandledRequest: UnhandledRequests } {
  return { onUnhandledRequest: unhandled };
}
