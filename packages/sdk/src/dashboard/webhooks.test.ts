import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { BASE, envelope, failure, fakeApi } from "../../test/client/fake-api.js";
import { ConflictError, ValidationError } from "../errors.js";
import type { paths } from "../generated/schema.js";
import { PacSpaceDashboard } from "./client.js";
import { DashboardWebhooks } from "./webhooks.js";

function webhooksWith(replies: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi(replies);
  const client = createClient<paths>({ baseUrl: BASE, fetch: api.fetch as typeof fetch });
  return { webhooks: new DashboardWebhooks(client), requests: api.requests };
}

const endpoint = (n: number) => ({ id: `wh_${n}`, url: `https://example.com/${n}` });
const delivery = (n: number) => ({ deliveryId: `dlv_${n}`, eventId: `evt_${n}` });

describe("dashboard.webhooks", () => {
  it("sends every webhook operation with its method, path, query, headers and body", async () => {
    const { webhooks, requests } = webhooksWith(() => envelope({}));
    await webhooks.create({ url: "https://example.com/hook", events: ["delta.verified"] });
    await webhooks.list({ limit: 10 });
    await webhooks.get("wh_1");
    await webhooks.update("wh_1", { enabled: true });
    await webhooks.delete("wh_1");
    await webhooks.test("wh_1", { environment: "production" });
    await webhooks.deliveries("wh_1", { status: "failed", limit: 5 });
    await webhooks.retryDelivery("wh_1", "dlv_1");
    await webhooks.rotateSecret("wh_1");
    expect(requests.map((r) => [r.method, `${r.path}${r.url.search}`, r.body])).toEqual([
      ["POST", "/dashboard/webhooks", { url: "https://example.com/hook", events: ["delta.verified"] }],
      ["GET", "/dashboard/webhooks?limit=10", undefined],
      ["GET", "/dashboard/webhooks/wh_1", undefined],
      ["PATCH", "/dashboard/webhooks/wh_1", { enabled: true }],
      ["DELETE", "/dashboard/webhooks/wh_1", undefined],
      ["POST", "/dashboard/webhooks/wh_1/test", undefined],
      ["GET", "/dashboard/webhooks/wh_1/deliveries?status=failed&limit=5", undefined],
      ["POST", "/dashboard/webhooks/wh_1/deliveries/dlv_1/retry", undefined],
      ["POST", "/dashboard/webhooks/wh_1/rotate-secret", undefined],
    ]);
    expect(requests[5]?.headers.get("x-environment")).toBe("production");
    expect(requests[0]?.headers.get("x-environment")).toBeNull();
  });

  it("checks input against the spec before sending", async () => {
    const { webhooks, requests } = webhooksWith(() => envelope({}));
    await expect(webhooks.create({ url: "ftp://example.com" })).rejects.toBeInstanceOf(ValidationError);
    await expect(webhooks.update("wh_1", {})).rejects.toBeInstanceOf(ValidationError);
    // Ids are opaque (any URL-safe id is sent); only a value that is no id at all is refused.
    await expect(webhooks.get("not a webhook id")).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toEqual([]);
  });

  it("walks every page of endpoints and of deliveries", async () => {
    const { webhooks, requests } = webhooksWith((request) => {
      if (request.path === "/dashboard/webhooks") {
        const page = Number(request.query.page ?? 1);
        return envelope({
          webhooks: [endpoint(page * 2 - 1), endpoint(page * 2)],
          pagination: { page, limit: 2, total: 3, totalPages: 2 },
        });
      }
      const offset = Number(request.query.offset ?? 0);
      const items = [delivery(1), delivery(2), delivery(3)].slice(offset, offset + 2);
      return envelope({ deliveries: items, pagination: { limit: 2, offset, total: 3 } });
    });
    const ids: string[] = [];
    for await (const item of webhooks.list({ limit: 2 })) ids.push(item.id);
    expect(ids).toEqual(["wh_1", "wh_2", "wh_3", "wh_4"]);
    const deliveries: string[] = [];
    for await (const item of webhooks.deliveries("wh_1", { limit: 2 })) deliveries.push(item.deliveryId);
    expect(deliveries).toEqual(["dlv_1", "dlv_2", "dlv_3"]);
    expect(requests.map((r) => r.url.search)).toEqual([
      "?limit=2",
      "?limit=2&page=2",
      "?limit=2",
      "?limit=2&offset=2",
    ]);
  });

  it("is dashboard.webhooks on PacSpaceDashboard, authenticated like every dashboard call", async () => {
    const api = fakeApi(() => envelope({ id: "wh_1" }));
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE, token: "pss_token", fetch: api.fetch });
    expect(dashboard.webhooks).toBeInstanceOf(DashboardWebhooks);
    await dashboard.webhooks.get("wh_1");
    expect(api.requests[0]?.headers.get("authorization")).toBe("Bearer pss_token");
  });

  it("maps errors to typed errors", async () => {
    const { webhooks } = webhooksWith([failure(409, "CONFLICT")]);
    await expect(webhooks.retryDelivery("wh_1", "dlv_1")).rejects.toBeInstanceOf(ConflictError);
  });
});
