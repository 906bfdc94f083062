// Jest in its CommonJS mode with the mock's own server helper. The Jest lines run it with the
// mocks README's jest.config.js, and without it through vm modules on Node >= 24.9.
const { createPacSpaceServer } = require("@pacspace/mocks/testing/node");
const { PacSpace } = require("@pacspace/sdk");
const { verifyDeltaProof } = require("@pacspace/sdk/proofs");

const pacspace = createPacSpaceServer();
beforeAll(() => pacspace.listen());
afterEach(() => pacspace.reset());
afterAll(() => pacspace.close());

test("the SDK emits, derives and checks a proof against the mock", async () => {
  const pac = new PacSpace({ apiKey: pacspace.apiKey, maxRetries: 0 });
  const delta = await pac.balance.emit("cust_acme", 0.1, "top-up");
  await pac.balance.emit("cust_acme", 0.2, "top-up");
  expect((await pac.balance.derive("cust_acme")).computedBalance).toBe(0.3);
  const record = await pac.balance.deltaStatus(delta.recordId);
  expect(verifyDeltaProof(record)).toEqual({ valid: true });
  expect(verifyDeltaProof({ ...record, contentHash: `0x${"ab".repeat(32)}` }).valid).toBe(false);
});
