/**
 * What the transport knows about each response it returned, kept beside the response (nothing
 * is added on the wire). A module of its own so the resources can read it without loading the
 * transport itself, which the client loads on its first request.
 */

/** What the transport knows about a response it returned. */
export interface ResponseMeta {
  /** Attempts made for the logical call, 1 when no retry happened. */
  attempts: number;
  /** The response's `X-Request-Id`. */
  requestId?: string;
  /** The `Idempotency-Key` every attempt carried (writes only). */
  idempotencyKey?: string;
}

const responseMeta = new WeakMap<Response, ResponseMeta>();

/** Records what the transport knows of `response`. */
export function setResponseMeta(response: Response, meta: ResponseMeta): void {
  responseMeta.set(response, meta);
}

/** Metadata for a response returned by a PacSpace fetch (undefined for any other response). */
export function getResponseMeta(response: Response): ResponseMeta | undefined {
  return responseMeta.get(response);
}
