import { type PagePromise, pagedCall, pageNumberPaginator } from "../pagination.js";
import {
  type APIPromise,
  apiCall,
  type HttpClient,
  type QueryParams,
  type RequestOptions,
  splitOptions,
} from "../resources/request.js";
import { assertValidRequest } from "../validation/validate.js";
import {
  type ApiKey,
  type ApiKeyList,
  type CreateApiKeyInput,
  type CreatedApiKey,
  type UpdateApiKeyInput,
  unwrapDashboard,
} from "./types.js";

export type ListApiKeysOptions = QueryParams<"listApiKeys"> & RequestOptions;

/**
 * API keys: `dashboard.apiKeys.*`. `create` and `rotate` are the only answers that carry a
 * secret (`secretKey`, `fullKey`); store it then, PacSpace keeps only a hash.
 */
export class DashboardApiKeys {
  readonly #client: HttpClient;

  constructor(client: HttpClient) {
    this.#client = client;
  }

  /** A new `test` (sandbox, default) or `live` (production) key, with its secret shown once. */
  create(input: CreateApiKeyInput, options: RequestOptions = {}): APIPromise<CreatedApiKey> {
    return apiCall(() => {
      const body = { ...input, environment: input.environment ?? "test" };
      assertValidRequest("createApiKey", { body });
      return unwrapDashboard<"createApiKey">(
        this.#client.POST("/dashboard/api-keys", { body, signal: options.signal }),
      );
    });
  }

  /** One page of keys, newest first (`page`, `limit`); iterate to walk every key. */
  list(options?: ListApiKeysOptions): PagePromise<ApiKeyList, ApiKey> {
    const { params: query, request } = splitOptions<QueryParams<"listApiKeys">>(options);
    const fetchPage = (page?: number) =>
      unwrapDashboard<"listApiKeys">(
        this.#client.GET("/dashboard/api-keys", {
          params: { query: page === undefined ? query : { ...query, page } },
          signal: request.signal,
        }),
      );
    return pagedCall(
      () => {
        assertValidRequest("listApiKeys", { query });
        return fetchPage();
      },
      pageNumberPaginator({
        items: (page: ApiKeyList) => page.items,
        // From the documented fields alone (https://docs.pacspace.io/dashboard-api/api-keys/ answers no totalPages).
        pagination: (page) => ({
          page: page.page,
          limit: page.limit,
          total: page.total,
          totalPages: Math.ceil(page.total / page.limit),
        }),
        fetchPage,
      }),
    );
  }

  get(keyId: string, options: RequestOptions = {}): APIPromise<ApiKey> {
    return apiCall(() => {
      assertValidRequest("getApiKey", { pathParams: { keyId } });
      return unwrapDashboard<"getApiKey">(
        this.#client.GET("/dashboard/api-keys/{keyId}", {
          params: { path: { keyId } },
          signal: options.signal,
        }),
      );
    });
  }

  /** Renames, disables (`active: false`) or re-enables a key; effective on the next Balance API call. */
  update(keyId: string, changes: UpdateApiKeyInput, options: RequestOptions = {}): APIPromise<ApiKey> {
    return apiCall(() => {
      assertValidRequest("updateApiKey", { pathParams: { keyId }, body: changes });
      return unwrapDashboard<"updateApiKey">(
        this.#client.PATCH("/dashboard/api-keys/{keyId}", {
          params: { path: { keyId } },
          body: changes,
          signal: options.signal,
        }),
      );
    });
  }

  /** A new secret, shown once; the previous one keeps working until `previousSecretValidUntil`. */
  rotate(keyId: string, options: RequestOptions = {}): APIPromise<CreatedApiKey> {
    return apiCall(() => {
      assertValidRequest("rotateApiKey", { pathParams: { keyId } });
      return unwrapDashboard<"rotateApiKey">(
        this.#client.POST("/dashboard/api-keys/{keyId}/rotate", {
          params: { path: { keyId } },
          signal: options.signal,
        }),
      );
    });
  }

  /** Revokes the key for good (its rotation overlap included). */
  revoke(keyId: string, options: RequestOptions = {}): APIPromise<ApiKey> {
    return apiCall(() => {
      assertValidRequest("revokeApiKey", { pathParams: { keyId } });
      return unwrapDashboard<"revokeApiKey">(
        this.#client.DELETE("/dashboard/api-keys/{keyId}", {
          params: { path: { keyId } },
          signal: options.signal,
        }),
      );
    });
  }
}
