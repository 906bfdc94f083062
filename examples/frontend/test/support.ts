import type { PacSpaceMock } from "@pacspace/mocks/testing";
import { PacSpace } from "@pacspace/sdk";
import { createAppApi } from "../src/app-api/boundary.js";
import { appApiHandlers } from "../src/app-api/msw-handlers.js";
import { createAppApiClient } from "../src/ui/app-api-client.js";

/** Where the page's code sends /app-api requests in Node tests (MSW answers; nothing listens). */
export const APP_ORIGIN = "http://app.test";

/** The app's boundary as MSW handlers, its SDK holding the mock's sandbox key. */
export const appBoundary = (mock: PacSpaceMock) =>
  appApiHandlers(createAppApi(new PacSpace({ apiKey: mock.apiKey })), APP_ORIGIN);

/** The browser-side client, pointed at the mocked origin. */
export const appClient = () => createAppApiClient({ baseUrl: `${APP_ORIGIN}/app-api` });
