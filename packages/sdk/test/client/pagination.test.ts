import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../src/errors.js";
import { clientWith, envelope, failure, type RecordedRequest } from "./fake-api.js";

/** 7 customers served 3 per page: pages 1–3 (the last one short). */
function customersServer(request: RecordedRequest): Response {
  const page = Number(request.query.page ?? 1);
  const limit = Number(request.query.limit ?? 25);
  const total = 7;
  const first = (page - 1) * limit;
  const customers = Array.from({ length: Math.max(0, Math.min(limit, total - first)) }, (_, i) => ({
    customerId: `cust_${first + i}`,
  }));
  return envelope({ customers, pagination: { page, limit, total, totalPages: Math.ceil(total / limit) } });
}

function offsetServer(key: "checkpoints" | "events", total: number) {
  return (request: RecordedRequest): Response => {
    const offset = Number(request.query.offset ?? 0);
    const limit = Number(request.query.limit ?? 2);
    const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({
      id: `${key}_${offset + i}`,
    }));
    return envelope({ [key]: items, pagination: { limit, offset, total } });
  };
}

describe("page-numbered lists: balance.customers", () => {
  it("awaiting gives the first page only", async () => {
    const { pac, requests } = clientWith(customersServer);
    const page = await pac.balance.customers({ limit: 3 });
    expect(page.customers.map((c) => c.customerId)).toEqual(["cust_0", "cust_1", "cust_2"]);
    expect(page.pagination).toEqual({ page: 1, limit: 3, total: 7, totalPages: 3 });
    expect(requests).toHaveLength(1);
  });

  it("for await walks all 3 pages, keeping the other parameters", async () => {
    const { pac, requests } = clientWith(customersServer);
    const ids: string[] = [];
    for await (const customer of pac.balance.customers({ limit: 3, search: "cust" }))
      ids.push(customer.customerId);
    expect(ids).toEqual(["cust_0", "cust_1", "cust_2", "cust_3", "cust_4", "cust_5", "cust_6"]);
    expect(requests.map((r) => r.query)).toEqual([
      { limit: "3", search: "cust" },
      { limit: "3", search: "cust", page: "2" },
      { limit: "3", search: "cust", page: "3" },
    ]);
  });

  it("starts from the page asked for", async () => {
    const { pac } = clientWith(customersServer);
    const ids: string[] = [];
    for await (const customer of pac.balance.customers({ limit: 3, page: 2 })) ids.push(customer.customerId);
    expect(ids).toEqual(["cust_3", "cust_4", "cust_5", "cust_6"]);
  });

  it("reuses the first page already requested and fetches no further than needed", async () => {
    const { pac, requests } = clientWith(customersServer);
    const list = pac.balance.customers({ limit: 3 });
    await list;
    for await (const customer of list) {
      if (customer.customerId === "cust_3") break;
    }
    expect(requests).toHaveLength(2);
  });

  it("pages() yields whole pages", async () => {
    const { pac } = clientWith(customersServer);
    const sizes: number[] = [];
    for await (const page of pac.balance.customers({ limit: 3 }).pages()) sizes.push(page.customers.length);
    expect(sizes).toEqual([3, 3, 1]);
  });

  it("surfaces an error on a later page as a typed error", async () => {
    const { pac } = clientWith((request) =>
      request.query.page === "2" ? failure(404, "NOT_FOUND") : customersServer(request),
    );
    const seen: string[] = [];
    const walk = async () => {
      for await (const customer of pac.balance.customers({ limit: 3 })) seen.push(customer.customerId);
    };
    await expect(walk()).rejects.toBeInstanceOf(NotFoundError);
    expect(seen).toHaveLength(3);
  });

  it("rejects invalid parameters before the first request, when iterated too", async () => {
    const { pac, requests } = clientWith(customersServer);
    const walk = async () => {
      for await (const _ of pac.balance.customers({ page: 0 })) break;
    };
    await expect(walk()).rejects.toMatchObject({ code: "VALIDATION_ERROR", details: [{ path: "page" }] });
    expect(requests).toHaveLength(0);
  });
});

describe("offset lists", () => {
  it("balance.listCheckpoints walks every offset page", async () => {
    const { pac, requests } = clientWith(offsetServer("checkpoints", 5));
    const seen: unknown[] = [];
    for await (const checkpoint of pac.balance.listCheckpoints({ customerId: "cust_1", limit: 2 }))
      seen.push(checkpoint);
    expect(seen).toHaveLength(5);
    expect(requests.map((r) => r.query.offset)).toEqual([undefined, "2", "4"]);
    expect(requests.every((r) => r.query.customerId === "cust_1")).toBe(true);
  });

  it("balance.webhookEvents walks every offset page from the offset asked for", async () => {
    const { pac, requests } = clientWith(offsetServer("events", 6));
    const seen: unknown[] = [];
    for await (const event of pac.balance.webhookEvents({ status: "failed", limit: 2, offset: 1 }))
      seen.push(event);
    expect(seen).toHaveLength(5);
    expect(requests.map((r) => r.query.offset)).toEqual(["1", "3", "5"]);
  });

  it("stops on an empty page even when total says otherwise", async () => {
    const { pac, requests } = clientWith(() =>
      envelope({ events: [], pagination: { limit: 2, offset: 0, total: 9 } }),
    );
    const seen: unknown[] = [];
    for await (const event of pac.balance.webhookEvents()) seen.push(event);
    expect(seen).toHaveLength(0);
    expect(requests).toHaveLength(1);
  });
});
