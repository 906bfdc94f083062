import type { IncomingMessage, ServerResponse } from "node:http";
import { defaultClientConditions, defaultServerConditions, defineConfig, type Plugin } from "vite";

// Workspace packages are read from their TypeScript sources (the "@pacspace/source" export
// condition), as in the workspace's tests.
const SOURCE_CONDITION = "@pacspace/source";

type Middleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * `pnpm dev:server`: the /app-api boundary runs in this Node process with the key from
 * PACSPACE_API_KEY (and PACSPACE_BASE_URL, e.g. a local `pacspace-mock serve`); the page
 * calls it like any backend and never sees the key.
 */
function appApiInDevServer(): Plugin {
  return {
    name: "pacspace-app-api",
    apply: "serve",
    configureServer(server) {
      if (server.config.mode !== "server") return;
      let middleware: Promise<Middleware> | undefined;
      server.middlewares.use((request, response, next) => {
        if (!request.url?.startsWith("/app-api/")) return next();
        middleware ??= server
          .ssrLoadModule("/src/app-api/node-adapter.ts")
          .then((adapter) => adapter.appApiMiddleware(adapter.appApiFromEnvironment()) as Middleware);
        middleware.then((handle) => handle(request, response, next), next);
      });
    },
  };
}

export default defineConfig(({ mode }) => ({
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
  plugins: [appApiInDevServer()],
  build: {
    target: "es2022",
    // `mock` builds carry the whole mocked PacSpace (ledger, spec validators) in one lazy chunk.
    ...(mode === "mock" ? { chunkSizeWarningLimit: 2_000 } : {}),
  },
}));
