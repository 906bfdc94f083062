// Jest in its CommonJS mode with the mocks README's setup: the mock's handlers in the project's
// own msw through setupServer. The Jest lines run it with the mocks README's jest.config.js, and
// without it through vm modules on Node >= 24.9.
const { createPacSpaceMock } = require("@pacspace/mocks");
const { PacSpace } = require("@pacspace/sdk");
const { setupServer } = require("msw/node");

const pacspace = createPacSpaceMock();
const server = setupServer(...pacspace.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => pacspace.reset());
afterAll(() => server.close());

test("emitted deltas derive to their exact sum", async () => {
  const pac = new PacSpace({ apiKey: pacspace.apiKey, maxRetries: 0 });
  await pac.balance.emit("cust_acme", 0.1, "top-up");
  await pac.balance.emit("cust_acme", 0.2, "top-up");
  expect((await pac.balance.derive("cust_acme")).computedBalance).toBe(0.3);
});

test("reset() empties the ledger between tests", async () => {
  const pac = new PacSpace({ apiKey: pacspace.apiKey, maxRetries: 0 });
  await expect(pac.balance.derive("cust_acme")).rejects.toMatchObject({ name: "NotFoundError" });
});
