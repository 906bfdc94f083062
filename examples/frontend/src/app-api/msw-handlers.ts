import { type HttpHandler, http } from "msw";
import type { AppApi } from "./boundary.js";
import { APP_API_PREFIX } from "./contract.js";

/**
 * Serves the boundary from MSW, for development and tests. `origin` is where the browser
 * code sends its requests: omit it in a page (paths resolve against `location`), pass
 * one in Node (e.g. `http://app.test`).
 */
export function appApiHandlers(appApi: AppApi, origin = ""): HttpHandler[] {
  return [
    http.all(`${origin}${APP_API_PREFIX}/*`, async ({ request }) => {
      return (await appApi.handle(request)) ?? new Response(null, { status: 404 });
    }),
  ];
}
