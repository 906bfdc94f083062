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
