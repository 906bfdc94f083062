import { describe, expect, it } from "vitest";
import { dash, dashboardHeaders, errorWithoutRequestId, onboard } from "./support/dashboard.js";
import { BASE_URL, createTestMock, type TestMock } from "./support/harness.js";

async function setup(mock: TestMock) {
  const account = await onboard(mock, "jane@acme.example");
  await dash(mock, "PATCH", "/dashboard/billing/plan", { token: account.token, body: { tier: "pilot" } });
  const key = (await dash(mock, "POST", "/dashboard/api-keys", { token: account.token, body: { name: "k" } }))
    .body.data;
  return { ...account, apiKey: key.fullKey as string };
}

describe("dashboard customers", () => {
  it("creates customers with a profile; a duplicate customerId is 409; ids are generated when omitted", async () => {
    const mock = createTestMock();
    const { token } = await setup(mock);
    const body = {
      displayName: "Acme Corp",
      customerId: "cust_acme",
      eventCadence: "PER_EVENT",
      unitLabel: "records",
    };
    const created = await dash(mock, "POST", "/dashboard/customers", { token, body });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      ...body,
      totalDeltas: 0,
      computedBalance: 0,
      latestCheckpoint: null,
    });
    const duplicate = await dash(mock, "POST", "/dashboard/customers", {
      token,
      body: { displayName: "Again", customerId: "cust_acme" },
    });
    expect([duplicate.status, duplicate.body.error.code]).toEqual([409, "CONFLICT"]);
    const generated = await dash(mock, "POST", "/dashboard/customers", {
      token,
      body: { displayName: "Initech" },
    });
    expect(generated.body.data).toMatchObject({
      displayName: "Initech",
      customerId: expect.stringMatching(/^cust_/),
    });
    const invalid = await dash(mock, "POST", "/dashboard/customers", {
      token,
      body: { customerId: "bad id!" },
    });
    expect(invalid.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      "/customerId",
      "/displayName",
    ]);
  });

  it("stores and echoes sharingStateHint, in the create answer, the list and the detail", async () => {
    const mock = createTestMock();
    const { token } = await setup(mock);
    // https://docs.pacspace.io/dashboard-api/customers/ creates
    // {displayName: "Acme Corp", customerId: "cust_acme", sharingStateHint: "INHERIT", eventCadence: "PER_EVENT", unitLabel: "records"}
    const body = {
      displayName: "Acme Corp",
      customerId: "cust_acme",
      sharingStateHint: "INHERIT",
      eventCadence: "PER_EVENT",
      unitLabel: "records",
    };
    const created = await dash(mock, "POST", "/dashboard/customers", { token, body });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject(body);
    const listed = await dash(mock, "GET", "/dashboard/customers", { token });
    expect(listed.body.data.customers[0]).toMatchObject({
      customerId: "cust_acme",
      sharingStateHint: "INHERIT",
    });
    const detail = await dash(mock, "GET", "/dashboard/customers/cust_acme", { token });
    expect(detail.body.data.sharingStateHint).toBe("INHERIT");
    const without = await dash(mock, "POST", "/dashboard/customers", {
      token,
      body: { displayName: "Initech" },
    });
    expect(without.body.data.sharingStateHint).toBeNull();
    const empty = await dash(mock, "POST", "/dashboard/customers", {
      token,
      body: { displayName: "Bad", sharingStateHint: "" },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.map((d: { path: string }) => d.path)).toEqual(["/sharingStateHint"]);
  });

  it("lists and details customers with their profile and the deltas the Balance API recorded", async () => {
    const mock = createTestMock();
    const { token, apiKey } = await setup(mock);
    await dash(mock, "POST", "/dashboard/customers", {
      token,
      body: { displayName: "Acme Corp", customerId: "cust_acme" },
    });
    for (const delta of [100, -30.5]) {
      await mock.api("POST", "/api/v1/balance/delta", {
        apiKey,
        body: { customerId: "cust_acme", delta, reason: "usage" },
      });
    }
    mock.pacspace.clock.advance(1_000);
    await mock.api("POST", "/api/v1/balance/delta", {
      apiKey,
      body: { customerId: "cust_api_only", delta: 1, reason: "r" },
    });
    const list = await dash(mock, "GET", "/dashboard/customers?limit=10", { token });
    expect(list.body.data.pagination).toEqual({ page: 1, limit: 10, total: 2, totalPages: 1 });
    expect(list.body.data.customers).toMatchObject([
      { customerId: "cust_api_only", displayName: null },
      { customerId: "cust_acme", displayName: "Acme Corp", computedBalance: 69.5, totalDeltas: 2 },
    ]);
    const detail = await dash(mock, "GET", "/dashboard/customers/cust_acme?deltaLimit=1", { token });
    expect(detail.body.data).toMatchObject({
      customerId: "cust_acme",
      displayName: "Acme Corp",
      computedBalance: 69.5,
    });
    expect(detail.body.data.recentActivity.items).toHaveLength(1);
    expect(detail.body.data.recentActivity.items[0].delta).toBe(-30.5);
  });

  it("exports a customer's deltas as CSV, neutralising spreadsheet formulas", async () => {
    const mock = createTestMock();
    const { token, apiKey } = await setup(mock);
    await mock.api("POST", "/api/v1/balance/delta", {
      apiKey,
      body: { customerId: "cust_acme", delta: 0.1, reason: '=HYPERLINK("http://x")', referenceId: "ref,1" },
    });
    await mock.api("POST", "/api/v1/balance/delta", {
      apiKey,
      body: { customerId: "cust_acme", delta: -2, reason: "plain" },
    });
    const response = await mock.fetch(`${BASE_URL}/dashboard/customers/cust_acme/export`, {
      headers: dashboardHeaders({ token }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="cust_acme-deltas.csv"');
    const lines = (await response.text()).split("\r\n");
    expect(lines[0]).toBe(
      "sequenceNumber,recordId,createdAt,status,delta,reason,referenceId,verifiedAt,contentHash,receiptId,verificationReference",
    );
    expect(lines).toHaveLength(4); // header, two rows, final empty string after the last CRLF
    expect(lines[1]).toMatch(/^1,rec_\w+,[^,]+,VERIFIED,0\.1,"'=HYPERLINK\(""http:\/\/x""\)","ref,1",/);
    expect(lines[2]).toMatch(/^2,rec_\w+,[^,]+,VERIFIED,-2,plain,,/);
    expect(lines[3]).toBe("");
    const missing = await dash(mock, "GET", "/dashboard/customers/cust_nobody/export", { token });
    expect([missing.status, missing.body.error.code]).toEqual([404, "CUSTOMER_NOT_FOUND"]);
  });

  it("X-Environment selects the ledger; production is separate and an unknown value is 400", async () => {
    const mock = createTestMock();
    const { token } = await setup(mock);
    await dash(mock, "POST", "/dashboard/customers", {
      token,
      body: { displayName: "Sandbox only", customerId: "cust_s" },
    });
    const production = { "X-Environment": "production" };
    const prodList = await dash(mock, "GET", "/dashboard/customers", { token, headers: production });
    expect(prodList.body.data.customers).toEqual([]);
    const created = await dash(mock, "POST", "/dashboard/customers", {
      token,
      headers: production,
      body: { displayName: "Prod", customerId: "cust_s" },
    });
    expect(created.status).toBe(201);
    const sandbox = await dash(mock, "GET", "/dashboard/customers/cust_s", {
      token,
      headers: { "X-Environment": "sandbox" },
    });
    expect(sandbox.body.data.displayName).toBe("Sandbox only");
    const bad = await dash(mock, "GET", "/dashboard/customers", {
      token,
      headers: { "X-Environment": "staging" },
    });
    expect([bad.status, bad.body.error.details[0].path]).toEqual([400, "X-Environment"]);
  });

  it("another tenant cannot read, export or shadow-check a customer: identical 404s", async () => {
    const mock = createTestMock();
    const acme = await setup(mock);
    const globex = await onboard(mock, "hank@globex.example", "Globex");
    await dash(mock, "POST", "/dashboard/customers", {
      token: acme.token,
      body: { displayName: "Acme", customerId: "cust_secret" },
    });
    for (const suffix of ["", "/export"]) {
      const foreign = await dash(mock, "GET", `/dashboard/customers/cust_secret${suffix}`, {
        token: globex.token,
      });
      const never = await dash(mock, "GET", `/dashboard/customers/cust_never${suffix}`, {
        token: globex.token,
      });
      expect([foreign.status, foreign.body.error.code]).toEqual([404, "CUSTOMER_NOT_FOUND"]);
      expect(errorWithoutRequestId(foreign)).toEqual(errorWithoutRequestId(never));
    }
    expect(
      (await dash(mock, "GET", "/dashboard/customers", { token: globex.token })).body.data.customers,
    ).toEqual([]);
    // the same id is free in the other tenant: no 409 that would reveal it
    const own = await dash(mock, "POST", "/dashboard/customers", {
      token: globex.token,
      body: { displayName: "Globex's own", customerId: "cust_secret" },
    });
    expect(own.status).toBe(201);
    const acmeView = await dash(mock, "GET", "/dashboard/customers/cust_secret", { token: acme.token });
    expect(acmeView.body.data.displayName).toBe("Acme");
  });
});
