// Runs the README snippets extracted into run/ (see ../readme-snippets.mjs).
export default {
  test: { include: ["run/**/*.test.ts"], globals: true, testTimeout: 60_000, hookTimeout: 60_000 },
};
