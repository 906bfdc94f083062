/**
 * Reading delivery headers from whatever the receiver's framework hands over: Fetch
 * `Headers` (workers, Next.js, Deno, Bun) or a plain record such as Node's
 * `IncomingHttpHeaders` (any letter case; a repeated header arrives as a list).
 */

export type WebhookHeaders = Headers | Record<string, string | readonly string[] | undefined>;

export const SIGNATURE_HEADER = "X-PacSpace-Signature";
export const TIMESTAMP_HEADER = "X-PacSpace-Timestamp";
export const EVENT_HEADER = "X-Webhook-Event";
export const EVENT_ID_HEADER = "X-Event-ID";

export function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof Headers !== "undefined" && headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  const record = headers as Record<string, string | readonly string[] | undefined>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === wanted);
  const value = key === undefined ? undefined : record[key];
  return typeof value === "string" ? value : value?.join(",");
}
