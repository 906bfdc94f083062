// Workspace packages resolve each other to TypeScript sources (the "@pacspace/source" export
// condition) so tests never run against a stale dist build.
const sourceConditions = ["@pacspace/source", "module", "node", "development|production"];

export const resolveWorkspaceSources = {
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
};
