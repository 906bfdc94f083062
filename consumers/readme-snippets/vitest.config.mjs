// Runs the README snippets extracted into run/ (see ../readme-snippets.mjs).
export default {
  test: { include: ["run/**/*.test.ts"], globals: true, testTimeout: 180_000, hookTimeout: 180_000 },
};
