import { startPacSpaceWorker } from "@pacspace/mocks/testing/browser";
import { PacSpace } from "@pacspace/sdk";
import { createAppApi } from "../app-api/boundary.js";
import { appApiHandlers } from "../app-api/msw-handlers.js";
import { demoFixture } from "./demo-fixture.js";

/**
 * Starts MSW in the page with a stateful PacSpace and the app's /app-api boundary. The
 * boundary's SDK uses the mock's own sandbox key, generated here; no real key exists in
 * this mode. `window.pacspace` exposes the mock for poking at it from the console.
 */
export async function startMockBackend() {
  const pacspace = await startPacSpaceWorker({
    clock: "system",
    fixture: demoFixture,
    quiet: true,
    handlers: (mock) => appApiHandlers(createAppApi(new PacSpace({ apiKey: mock.apiKey }))),
  });
  Object.assign(window, { pacspace });
  return pacspace;
}
