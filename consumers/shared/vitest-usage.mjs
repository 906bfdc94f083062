// The mocks README's own setups under Vitest: setupPacSpace (the Vitest helpers) and the plain
// MSW handlers in the project's own msw (the peer dependency). Each Vitest line's test file
// runs them against the msw and Vitest of its line.
import { createPacSpaceMock } from "@pacspace/mocks";
import { setupPacSpace } from "@pacspace/mocks/testing";
import { PacSpace } from "@pacspace/sdk";
import { verifyDeltaProof } from "@pacspace/sdk/proofs";
import { constructWebhookEvent, generateTestWebhookHeaders } from "@pacspace/sdk/webhooks";
import { setupServer } from "msw/node";
import { describe, expect, it } from "vitest";
import { sdkAgainstMock, webhookVerify } from "./scenario.mjs";

export function describeReadmeUsage() {
  describe("setupPacSpace", () => {
    const pacspace = setupPacSpace();
    it("the SDK emits, derives and checks a proof against the mock", async () => {
      await sdkAgainstMock({ PacSpace, verifyDeltaProof }, pacspace.apiKey);
      pacspace.expectBalance("cust_acme").toBe(0.3);
    });
    it("webhook signatures verify", () =>
      webhookVerify({ generateTestWebhookHeaders, constructWebhookEvent }));
  });

  describe("setupServer(...pacspace.handlers)", () => {
    it("answers through the user's msw", async () => {
      const pacspace = createPacSpaceMock();
      const server = setupServer(...pacspace.handlers);
      server.listen({ onUnhandledRequest: "error" });
      try {
        const pac = new PacSpace({ apiKey: pacspace.apiKey, maxRetries: 0 });
        await pac.balance.emit("cust_acme", 0.1, "top-up");
        expect((await pac.balance.derive("cust_acme")).computedBalance).toBe(0.1);
      } finally {
        server.close();
      }
    });
  });
}
