import { offsetPaginator, type PagePromise, pagedCall } from "../pagination.js";
import { assertValidRequest } from "../validation/validate.js";
import {
  type APIPromise,
  apiCall,
  type HttpClient,
  type QueryParams,
  type RequestOptions,
  type ResponseData,
  splitOptions,
  unwrap,
  type WriteOptions,
} from "./request.js";

export type Limits = ResponseData<"getLimits">;
export type Usage = ResponseData<"getUsage">;
export type WebhookEventList = ResponseData<"listWebhookEvents">;
export type WebhookEventDelivery = ResponseData<"retryWebhookEvent">;
export type WebhookEventsOptions = QueryParams<"listWebhookEvents"> & RequestOptions;
/** `webhookId` re-queues only the delivery to that endpoint (default: every endpoint the event went to). */
export type RetryWebhookEventOptions = QueryParams<"retryWebhookEvent"> & Omit<WriteOptions, "creditPoolId">;

/** The scope, batch and amount limits that apply to the key's tenant. */
export function limits(client: HttpClient, options: RequestOptions = {}): APIPromise<Limits> {
  return apiCall(() => unwrap<"getLimits">(client.GET("/api/v1/balance/limits", { signal: options.signal })));
}

/** The plan's allotment and how much of it verified deltas have used. */
export function usage(client: HttpClient, options: RequestOptions = {}): APIPromise<Usage> {
  return apiCall(() => unwrap<"getUsage">(client.GET("/api/v1/balance/usage", { signal: options.signal })));
}

function fetchWebhookEvents(
  client: HttpClient,
  query: QueryParams<"listWebhookEvents">,
  options: RequestOptions,
) {
  return unwrap<"listWebhookEvents">(
    client.GET("/api/v1/balance/webhooks", { params: { query }, signal: options.signal }),
  );
}

/** Webhook deliveries, newest first (filter by `status`); iterate to walk every page. */
export function webhookEvents(
  client: HttpClient,
  options?: WebhookEventsOptions,
): PagePromise<WebhookEventList, WebhookEventDelivery> {
  const { params: query, request } = splitOptions<QueryParams<"listWebhookEvents">>(options);
  return pagedCall(
    () => {
      assertValidRequest("listWebhookEvents", { query });
      return fetchWebhookEvents(client, query, request);
    },
    offsetPaginator({
      items: (page: WebhookEventList) => page.events,
      pagination: (page) => page.pagination,
      fetchPage: (offset) => fetchWebhookEvents(client, { ...query, offset }, request),
    }),
  );
}

/** Queues a webhook delivery again, now, with a fresh retry schedule; the event keeps its id. */
export function retryWebhookEvent(
  client: HttpClient,
  eventId: string,
  options: RetryWebhookEventOptions = {},
): APIPromise<WebhookEventDelivery> {
  const query = options.webhookId === undefined ? {} : { webhookId: options.webhookId };
  return apiCall(() => {
    assertValidRequest("retryWebhookEvent", { pathParams: { eventId }, query });
    return unwrap<"retryWebhookEvent">(
      client.POST("/api/v1/balance/webhooks/{eventId}/retry", {
        params: { path: { eventId }, query },
        headers:
          options.idempotencyKey === undefined ? undefined : { "Idempotency-Key": options.idempotencyKey },
        signal: options.signal,
      }),
    );
  });
}
