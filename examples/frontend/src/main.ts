import "./style.css";
import { createAppApiClient } from "./ui/app-api-client.js";
import { mountDashboard } from "./ui/mount.js";

const customerId = new URLSearchParams(location.search).get("customer") ?? "cust_acme";

async function start() {
  // Development (and the browser test): PacSpace and the /app-api boundary both run in the
  // page behind MSW's service worker. The import is dead code in a production build.
  if (import.meta.env.VITE_PACSPACE_BACKEND === "msw") {
    const { startMockBackend } = await import("./mocks/browser.js");
    await startMockBackend();
  }
  const root = document.querySelector<HTMLElement>("#app");
  if (!root) throw new Error("#app is missing from index.html");
  await mountDashboard(root, createAppApiClient(), customerId);
}

void start();
