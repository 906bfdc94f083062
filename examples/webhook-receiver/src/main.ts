import { createWebhookReceiver } from "./receiver.js";

/**
 * Runs the receiver: `PACSPACE_WEBHOOK_SECRET=whsec_… PORT=3000 pnpm start`, then register
 * `http://<host>:3000/` as a webhook endpoint (HTTPS in production).
 */

const secret = process.env.PACSPACE_WEBHOOK_SECRET;
if (!secret) {
  console.error("Set PACSPACE_WEBHOOK_SECRET to the endpoint's whsec_… secret");
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);

const server = createWebhookReceiver({
  secret,
  onEvent(event) {
    switch (event.event) {
      case "delta.verified": {
        const { delta, receiptId } = event.data;
        console.log(`verified ${delta.amount} for ${delta.customerId} (receipt ${receiptId})`);
        break;
      }
      case "delta.failed":
        console.log(`FAILED ${event.data.recordId} for ${event.data.customerId}: ${event.data.error}`);
        break;
      default:
        console.log(`${event.event} at ${event.timestamp}`);
    }
  },
});
server.listen(port, () => console.log(`PacSpace webhook receiver on http://127.0.0.1:${port}/`));
