import type { components } from "../generated/schema.js";
import { offsetPaginator, type PagePromise, pagedCall, pageNumberPaginator } from "../pagination.js";
import {
  type APIPromise,
  apiCall,
  type HttpClient,
  type QueryParams,
  type RequestOptions,
  splitOptions,
} from "../resources/request.js";
import { assertValidRequest } from "../validation/validate.js";
import { type EnvironmentName, unwrapDashboard } from "./types.js";

type Schemas = components["schemas"];

export type WebhookEndpoint = Schemas["WebhookEndpoint"];
/** An endpoint with its signing secret: only `create` and `rotateSecret` answer with one. */
export type CreatedWebhookEndpoint = Schemas["CreatedWebhookEndpoint"];
export type WebhookEndpointList = Schemas["WebhookEndpointList"];
export type DeletedWebhookEndpoint = Schemas["DeletedWebhookEndpoint"];
export type CreateWebhookEndpointInput = Schemas["CreateWebhookEndpointRequest"];
export type UpdateWebhookEndpointInput = Schemas["UpdateWebhookEndpointRequest"];
export type WebhookDelivery = Schemas["WebhookDelivery"];
export type WebhookDeliveryAttempt = Schemas["WebhookDeliveryAttempt"];
export type WebhookDeliveryList = Schemas["WebhookDeliveryList"];

export type ListWebhookEndpointsOptions = QueryParams<"listWebhookEndpoints"> & RequestOptions;
export type ListWebhookDeliveriesOptions = QueryParams<"listWebhookDeliveries"> & RequestOptions;
export interface TestWebhookOptions extends RequestOptions {
  /** The test event's `environment` (`X-Environment`, default sandbox). */
  environment?: EnvironmentName;
}

/**
 * Webhook endpoints: `dashboard.webhooks.*`. `create` and `rotateSecret` are the only
 * answers that carry the signing `secret`; store it then. Verify deliveries with
 * `@pacspace/sdk/webhooks`.
 */
export class DashboardWebhooks {
  readonly #client: HttpClient;

  constructor(client: HttpClient) {
    this.#client = client;
  }

  /** Registers a URL for every event type, or the `events` given; the secret is shown once. */
  create(
    input: CreateWebhookEndpointInput,
    options: RequestOptions = {},
  ): APIPromise<CreatedWebhookEndpoint> {
    return apiCall(() => {
      assertValidRequest("createWebhookEndpoint", { body: input });
      return unwrapDashboard<"createWebhookEndpoint">(
        this.#client.POST("/dashboard/webhooks", { body: input, signal: options.signal }),
      );
    });
  }

  /** One page of endpoints, oldest first (`page`, `limit`); iterate to walk them all. */
  list(options?: ListWebhookEndpointsOptions): PagePromise<WebhookEndpointList, WebhookEndpoint> {
    const { params: query, request } = splitOptions<QueryParams<"listWebhookEndpoints">>(options);
    const fetchPage = (page?: number) =>
      unwrapDashboard<"listWebhookEndpoints">(
        this.#client.GET("/dashboard/webhooks", {
          params: { query: page === undefined ? query : { ...query, page } },
          signal: request.signal,
        }),
      );
    return pagedCall(
      () => {
        assertValidRequest("listWebhookEndpoints", { query });
        return fetchPage();
      },
      pageNumberPaginator({
        items: (page: WebhookEndpointList) => page.webhooks,
        pagination: (page) => page.pagination,
        fetchPage,
      }),
    );
  }

  get(webhookId: string, options: RequestOptions = {}): APIPromise<WebhookEndpoint> {
    return apiCall(() => {
      assertValidRequest("getWebhookEndpoint", { pathParams: { webhookId } });
      return unwrapDashboard<"getWebhookEndpoint">(
        this.#client.GET("/dashboard/webhooks/{webhookId}", {
          params: { path: { webhookId } },
          signal: options.signal,
        }),
      );
    });
  }

  /** Changes URL, note or events; `enabled: true` re-enables an endpoint PacSpace disabled. */
  update(
    webhookId: string,
    changes: UpdateWebhookEndpointInput,
    options: RequestOptions = {},
  ): APIPromise<WebhookEndpoint> {
    return apiCall(() => {
      assertValidRequest("updateWebhookEndpoint", { pathParams: { webhookId }, body: changes });
      return unwrapDashboard<"updateWebhookEndpoint">(
        this.#client.PATCH("/dashboard/webhooks/{webhookId}", {
          params: { path: { webhookId } },
          body: changes,
          signal: options.signal,
        }),
      );
    });
  }

  /** Stops all deliveries to the endpoint; its delivery history stays readable. */
  delete(webhookId: string, options: RequestOptions = {}): APIPromise<DeletedWebhookEndpoint> {
    return apiCall(() => {
      assertValidRequest("deleteWebhookEndpoint", { pathParams: { webhookId } });
      return unwrapDashboard<"deleteWebhookEndpoint">(
        this.#client.DELETE("/dashboard/webhooks/{webhookId}", {
          params: { path: { webhookId } },
          signal: options.signal,
        }),
      );
    });
  }

  /** Queues a signed `webhook.test` event (answer: the pending delivery; see `deliveries` for the outcome). */
  test(webhookId: string, options: TestWebhookOptions = {}): APIPromise<WebhookDelivery> {
    return apiCall(() => {
      assertValidRequest("testWebhookEndpoint", { pathParams: { webhookId } });
      return unwrapDashboard<"testWebhookEndpoint">(
        this.#client.POST("/dashboard/webhooks/{webhookId}/test", {
          params: {
            path: { webhookId },
            header: options.environment === undefined ? {} : { "X-Environment": options.environment },
          },
          signal: options.signal,
        }),
      );
    });
  }

  /** The endpoint's deliveries with every attempt, newest first (`status`, `limit`, `offset`); iterable. */
  deliveries(
    webhookId: string,
    options?: ListWebhookDeliveriesOptions,
  ): PagePromise<WebhookDeliveryList, WebhookDelivery> {
    const { params: query, request } = splitOptions<QueryParams<"listWebhookDeliveries">>(options);
    const fetchPage = (offset?: number) =>
      unwrapDashboard<"listWebhookDeliveries">(
        this.#client.GET("/dashboard/webhooks/{webhookId}/deliveries", {
          params: { path: { webhookId }, query: offset === undefined ? query : { ...query, offset } },
          signal: request.signal,
        }),
      );
    return pagedCall(
      () => {
        assertValidRequest("listWebhookDeliveries", { pathParams: { webhookId }, query });
        return fetchPage();
      },
      offsetPaginator({
        items: (page: WebhookDeliveryList) => page.deliveries,
        pagination: (page) => page.pagination,
        fetchPage,
      }),
    );
  }

  /** Sends one delivery again now, with a fresh retry schedule; the event keeps its id. */
  retryDelivery(
    webhookId: string,
    deliveryId: string,
    options: RequestOptions = {},
  ): APIPromise<WebhookDelivery> {
    return apiCall(() => {
      assertValidRequest("retryWebhookDelivery", { pathParams: { webhookId, deliveryId } });
      return unwrapDashboard<"retryWebhookDelivery">(
        this.#client.POST("/dashboard/webhooks/{webhookId}/deliveries/{deliveryId}/retry", {
          params: { path: { webhookId, deliveryId } },
          signal: options.signal,
        }),
      );
    });
  }

  /** A new secret, shown once; both secrets sign deliveries until `previousSecretExpiresAt` (24 h). */
  rotateSecret(webhookId: string, options: RequestOptions = {}): APIPromise<CreatedWebhookEndpoint> {
    return apiCall(() => {
      assertValidRequest("rotateWebhookSecret", { pathParams: { webhookId } });
      return unwrapDashboard<"rotateWebhookSecret">(
        this.#client.POST("/dashboard/webhooks/{webhookId}/rotate-secret", {
          params: { path: { webhookId } },
          signal: options.signal,
        }),
      );
    });
  }
}
