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

/** Queues a webhook delivery again. */
export function retryWebhookEvent(
  client: HttpClient,
  eventId: string,
  options: Omit<WriteOptions, "creditPoolId"> = {},
): APIPromise<WebhookEventDelivery> {
  return apiCall(() => {
    assertValidRequest("retryWebhookEvent", { pathParams: { eventId } });
    return unwrap<"retryWebhookEvent">(
      client.POST("/api/v1/balance/webhooks/{eventId}/retry", {
        params: { path: { eventId } },
        headers:
          options.idempotencyKey === undefined ? undefined : { "Idempotency-Key": options.idempotencyKey },
        signal: options.signal,
      }),
    );
  });
}
