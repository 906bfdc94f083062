// Bun: the SDK against the mock on msw/node, a canned answer, webhook signatures.
import { createPacSpaceServer } from "@pacspace/mocks/testing/node";
import { PacSpace } from "@pacspace/sdk";
import { verifyDeltaProof } from "@pacspace/sdk/proofs";
import { constructWebhookEvent, generateTestWebhookHeaders } from "@pacspace/sdk/webhooks";
import { sdkAgainstCannedFetch, sdkAgainstMock, webhookVerify } from "./scenario.mjs";

const pacspace = createPacSpaceServer();
pacspace.listen();
try {
  await sdkAgainstMock({ PacSpace, verifyDeltaProof }, pacspace.apiKey);
} finally {
  pacspace.close();
}
await sdkAgainstCannedFetch({ PacSpace });
await webhookVerify({ generateTestWebhookHeaders, constructWebhookEvent });
console.log("bun: ok");
