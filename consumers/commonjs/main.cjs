// Plain CommonJS: every entry loads with require() (the SDK's through Node's require(esm), on by
// default from Node 20.19 and 22.12), and the SDK works against the mock.
const { createPacSpaceServer } = require("@pacspace/mocks/testing/node");
const { createPacSpaceMock } = require("@pacspace/mocks");
const { PacSpace } = require("@pacspace/sdk");
const { verifyDeltaProof } = require("@pacspace/sdk/proofs");
const { Decimal } = require("@pacspace/sdk/core");
const { constructWebhookEvent, generateTestWebhookHeaders } = require("@pacspace/sdk/webhooks");

async function main() {
  const { sdkAgainstMock, webhookVerify } = await import("./scenario.mjs");
  if (typeof createPacSpaceMock().handlers[0]?.run !== "function")
    throw new Error("handlers are msw handlers");
  if (Decimal.from(0.1).plus(0.2).toString() !== "0.3") throw new Error("core entry works");
  const pacspace = createPacSpaceServer();
  pacspace.listen();
  try {
    await sdkAgainstMock({ PacSpace, verifyDeltaProof }, pacspace.apiKey);
  } finally {
    pacspace.close();
  }
  await webhookVerify({ generateTestWebhookHeaders, constructWebhookEvent });
  console.log("commonjs: ok");
}
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
