import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startMockServer } from "@pacspace/mocks/server";
import { applyFixture } from "@pacspace/mocks/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { appApiFromEnvironment, appApiMiddleware } from "../src/app-api/node-adapter.js";
import { DEMO_BALANCE, DEMO_CUSTOMER, demoFixture } from "../src/mocks/demo-fixture.js";
import { createAppApiClient } from "../src/ui/app-api-client.js";

// `pnpm dev:server` without Vite: the boundary in a Node server with the key from its
// environment, against PacSpace over real HTTP (here the local mock server).
let pacspaceServer: Awaited<ReturnType<typeof startMockServer>>;
let appServer: Server;
let appUrl: string;

beforeAll(async () => {
  pacspaceServer = await startMockServer();
  applyFixture(pacspaceServer.pacspace, demoFixture);
  const appApi = appApiFromEnvironment({
    PACSPACE_API_KEY: pacspaceServer.pacspace.apiKey,
    PACSPACE_BASE_URL: pacspaceServer.url,
  });
  const middleware = appApiMiddleware(appApi);
  appServer = createServer((request, response) =>
    middleware(request, response, (error) => {
      response.statusCode = error ? 500 : 404;
      response.end();
    }),
  );
  await new Promise<void>((resolve) => appServer.listen(0, "127.0.0.1", resolve));
  appUrl = `http://127.0.0.1:${(appServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => appServer?.close(resolve));
  await pacspaceServer?.close();
});

it("serves the same boundary from a Node server, the key staying in the server", async () => {
  const api = createAppApiClient({ baseUrl: `${appUrl}/app-api` });
  expect((await api.overview(DEMO_CUSTOMER)).balance).toBe(DEMO_BALANCE);
  await api.recordUsage(DEMO_CUSTOMER, { amount: 3, reason: "Over HTTP" });
  expect((await api.overview(DEMO_CUSTOMER)).balance).toBe(DEMO_BALANCE - 3);
  await expect(api.compare(DEMO_CUSTOMER, { yours: DEMO_BALANCE - 3, theirs: 0 })).resolves.toMatchObject({
    outcome: "yours_matches",
  });
  const other = await fetch(`${appUrl}/elsewhere`);
  expect(other.status).toBe(404);
});

it("refuses to start without a key", () => {
  expect(() => appApiFromEnvironment({})).toThrow(/PACSPACE_API_KEY/);
});
