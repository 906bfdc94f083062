// Cloudflare's workerd: the SDK, bundled as a Worker would be, against an in-process canned
// answer, plus webhook signatures (Web Crypto). `workerd test` runs the `test` handler.
import { PacSpace } from "@pacspace/sdk";
import { constructWebhookEvent, generateTestWebhookHeaders } from "@pacspace/sdk/webhooks";
import { sdkAgainstCannedFetch, webhookVerify } from "./scenario.mjs";

export default {
  async test() {
    await sdkAgainstCannedFetch({ PacSpace });
    await webhookVerify({ generateTestWebhookHeaders, constructWebhookEvent });
  },
};
