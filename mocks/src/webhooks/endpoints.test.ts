import { describe, expect, it } from "vitest";
import { createManualClock } from "../clock.js";
import { createIdGenerator } from "../ids.js";
import { WebhookEndpoints } from "./endpoints.js";
import { WEBHOOK_EVENT_TYPES } from "./subscriptions.js";

const DAY = 24 * 60 * 60 * 1000;

function store() {
  const clock = createManualClock(Date.UTC(2026, 3, 15));
  return { clock, endpoints: new WebhookEndpoints(clock, createIdGenerator("endpoints")) };
}

describe("WebhookEndpoints", () => {
  it("issues a whsec_ secret and subscribes to every event type by default", () => {
    const { endpoints } = store();
    const endpoint = endpoints.create("ten_a", { url: "https://example.com/hook" });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9]{32}$/);
    expect(endpoint.webhookId).toMatch(/^webhook_/);
    expect(endpoint.events).toEqual([...WEBHOOK_EVENT_TYPES]);
    expect(endpoint.events).toContain("tenant_domain.cert_renewal_failed");
    expect(
      endpoints.create("ten_a", { url: "https://example.com/2", events: ["delta.failed"] }).events,
    ).toEqual(["delta.failed"]);
  });

  it("signs with the old and the new secret for 24 h after a rotation, then with the new one", () => {
    const { clock, endpoints } = store();
    const endpoint = endpoints.create("ten_a", { url: "https://example.com/hook" });
    const old = endpoint.secret;
    endpoints.rotateSecret("ten_a", endpoint.webhookId);
    const start = clock.now();
    expect(endpoints.signingSecrets(endpoint, start)).toEqual([endpoint.secret, old]);
    expect(endpoints.signingSecrets(endpoint, start + DAY - 1)).toEqual([endpoint.secret, old]);
    expect(endpoints.signingSecrets(endpoint, start + DAY)).toEqual([endpoint.secret]);
    expect(endpoints.previousSecretExpiresAt(endpoint, start)).toBe(start + DAY);
    expect(endpoints.previousSecretExpiresAt(endpoint, start + DAY)).toBeNull();
  });

  it("rotating again ends the earlier overlap", () => {
    const { endpoints, clock } = store();
    const endpoint = endpoints.create("ten_a", { url: "https://example.com/hook" });
    const first = endpoint.secret;
    endpoints.rotateSecret("ten_a", endpoint.webhookId);
    const second = endpoint.secret;
    endpoints.rotateSecret("ten_a", endpoint.webhookId);
    const secrets = endpoints.signingSecrets(endpoint, clock.now());
    expect(secrets).toEqual([endpoint.secret, second]);
    expect(secrets).not.toContain(first);
  });

  it("hides other tenants' endpoints and validates input", () => {
    const { endpoints } = store();
    const endpoint = endpoints.create("ten_a", { url: "https://example.com/hook" });
    expect(() => endpoints.get("ten_b", endpoint.webhookId)).toThrow(/No webhook endpoint/);
    expect(endpoints.list("ten_b")).toEqual([]);
    for (const input of [
      {},
      { url: "mailto:ops@example.com" },
      { url: "https://example.com", events: ["delta.verified", "delta.verified"] },
      { url: "https://example.com", description: "x".repeat(501) },
    ]) {
      expect(() => endpoints.create("ten_a", input)).toThrow(
        expect.objectContaining({ code: "VALIDATION_ERROR" }),
      );
    }
    expect(() => endpoints.update("ten_a", endpoint.webhookId, { enabled: "yes" })).toThrow(/enabled/);
  });

  it("counts a description's length in code points, as the spec's maxLength does", () => {
    const { endpoints } = store();
    // 500 emoji are 1000 UTF-16 units but 500 characters.
    const created = endpoints.create("ten_a", {
      url: "https://example.com/hook",
      description: "🙂".repeat(500),
    });
    expect(created.description).toBe("🙂".repeat(500));
    expect(() =>
      endpoints.create("ten_a", { url: "https://example.com/hook", description: "🙂".repeat(501) }),
    ).toThrow(expect.objectContaining({ code: "VALIDATION_ERROR" }));
  });
});
