/**
 * The two success envelopes PacSpace answers with: `{"success": true, "data": …}` (Balance
 * API, public verification, most dashboard routes) and `{"statusCode": <2xx>, "data": …}`
 * (the dashboard's API-key and billing routes in the current docs,
 * https://docs.pacspace.io/dashboard-api/api-keys/). Either may appear on any route, so
 * both are read everywhere.
 */

/** What an answer body carries once its envelope is recognised. */
export interface EnvelopeData {
  data: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isSuccessStatus(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 200 && value <= 299;
}

/** The `data` of a success envelope of either form, or undefined when `body` is neither. */
export function successData(body: unknown): EnvelopeData | undefined {
  if (!isObject(body) || !("data" in body)) return undefined;
  if (body.success === true || isSuccessStatus(body.statusCode)) return { data: body.data };
  return undefined;
}

/**
 * `successData`, or a successful answer without an envelope taken as the payload itself, as
 * the official client reads public verification ("Public verify endpoint may return direct
 * payload", `PacSpace/python-sdk`, `pacspace_sdk/client.py`). A body that looks like an
 * envelope but is not a success one is neither.
 */
export function successOrBareData(body: unknown): EnvelopeData | undefined {
  const found = successData(body);
  if (found !== undefined) return found;
  return isObject(body) && !("success" in body) && !("statusCode" in body) ? { data: body } : undefined;
}
