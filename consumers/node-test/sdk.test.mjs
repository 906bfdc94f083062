// node:test with createPacSpaceServer from @pacspace/mocks/testing/node (no test framework loaded).
import { after, afterEach, before, test } from "node:test";
import { createPacSpaceServer } from "@pacspace/mocks/testing/node";
import { PacSpace } from "@pacspace/sdk";
import { verifyDeltaProof } from "@pacspace/sdk/proofs";
import { constructWebhookEvent, generateTestWebhookHeaders } from "@pacspace/sdk/webhooks";
import { sdkAgainstMock, webhookVerify } from "./scenario.mjs";

const pacspace = createPacSpaceServer();
before(() => pacspace.listen());
afterEach(() => pacspace.reset());
after(() => pacspace.close());

test("the SDK emits, derives and checks a proof against the mock", () =>
  sdkAgainstMock({ PacSpace, verifyDeltaProof }, pacspace.apiKey));
test("webhook signatures verify", () => webhookVerify({ generateTestWebhookHeaders, constructWebhookEvent }));
