// Deno (npm packages from node_modules): the SDK against a canned answer, webhook signatures.
import { PacSpace } from "@pacspace/sdk";
import { constructWebhookEvent, generateTestWebhookHeaders } from "@pacspace/sdk/webhooks";
import { sdkAgainstCannedFetch, webhookVerify } from "./scenario.mjs";

await sdkAgainstCannedFetch({ PacSpace });
await webhookVerify({ generateTestWebhookHeaders, constructWebhookEvent });
console.log("deno: ok");
