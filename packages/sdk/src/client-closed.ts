import { PacSpaceError } from "./errors.js";
import type { FetchLike } from "./transport/index.js";
import type { DirectSend } from "./transport/lazy-pacspace-fetch.js";

/**
 * A call made after `pac.close()` or `pac.shutdown()`. Code `CLIENT_CLOSED`, with the reason the
 * client was closed with as its message, as in the official PacSpace SDKs.
 */
export class ClientClosedError extends PacSpaceError {
  override name = "ClientClosedError";
  protected static override readonly defaultCode: string = "CLIENT_CLOSED";
}

/** Whether a client is closed, and the fetch guard that refuses requests once it is. */
export class ClientLifecycle {
  #reason: string | undefined;

  get closed(): boolean {
    return this.#reason !== undefined;
  }

  close(reason: string): void {
    this.#reason ??= reason;
  }

  /** Throws `ClientClosedError` once the client is closed. */
  assertOpen(): void {
    if (this.#reason !== undefined) throw new ClientClosedError(this.#reason);
  }

  /** `fetch`, refusing every request made after `close()` (requests already sent finish). */
  guard(fetch: FetchLike): FetchLike {
    return (input, init) => {
      if (this.#reason !== undefined) return Promise.reject(new ClientClosedError(this.#reason));
      return fetch(input, init);
    };
  }

  /** `guard` for the transport's direct entry, which the resources send through. */
  guardSend(send: DirectSend): DirectSend {
    return (request) => {
      if (this.#reason !== undefined) return Promise.reject(new ClientClosedError(this.#reason));
      return send(request);
    };
  }
}
