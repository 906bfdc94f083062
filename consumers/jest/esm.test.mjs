// Jest in ESM mode (node --experimental-vm-modules), without configuration.
import { afterAll, afterEach, beforeAll, test } from "@jest/globals";
import { createPacSpaceServer } from "@pacspace/mocks/testing/node";
import { PacSpace } from "@pacspace/sdk";
import { verifyDeltaProof } from "@pacspace/sdk/proofs";
import { constructWebhookEvent, generateTestWebhookHeaders } from "@pacspace/sdk/webhooks";
import { sdkAgainstMock, webhookVerify } from "./scenario.mjs";

const pacspace = createPacSpaceServer();
beforeAll(() => pacspace.listen());
afterEach(() => pacspace.reset());
afterAll(() => pacspace.close());

test("the SDK emits, derives and checks a proof against the mock", () =>
  sdkAgainstMock({ PacSpace, verifyDeltaProof }, pacspace.apiKey));
test("webhook signatures verify", () => webhookVerify({ generateTestWebhookHeaders, constructWebhookEvent }));
