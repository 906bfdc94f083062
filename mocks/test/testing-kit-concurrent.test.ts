import { PacSpace } from "@pacspace/sdk";
import { describe, expect, it } from "vitest";
import { setupPacSpace } from "../src/testing/index.js";

// Concurrent tests share one mock: each takes its own tenant (separate ledger state) and
// runs inside boundary() (its own overrides); nothing resets between them.
const pacspace = setupPacSpace({ resetAfterEach: false });

describe.concurrent("concurrent tests", () => {
  it(
    "sees only its own override and its own tenant's deltas",
    pacspace.boundary(async () => {
      const tenant = pacspace.createTenant();
      const pac = new PacSpace({ apiKey: tenant.apiKey, maxRetries: 0 });
      pacspace.use(
        pacspace.http.get("/api/v1/balance/limits", ({ response }) =>
          response("5XX").json(
            {
              success: false,
              error: { code: "SERVICE_UNAVAILABLE", message: "down", requestId: "req_down" },
            },
            { status: 503, headers: { "Retry-After": "0" } },
          ),
        ),
      );
      await pac.balance.emit("cust_shared_id", 10, "Top-up");
      await new Promise((resolve) => setTimeout(resolve, 50));
      await expect(pac.balance.limits()).rejects.toMatchObject({ status: 503 });
      expect(pacspace.balanceOf("cust_shared_id", { tenantId: tenant.tenantId })).toBe(10);
    }),
  );

  it(
    "is not affected by the other test",
    pacspace.boundary(async () => {
      const tenant = pacspace.createTenant();
      const pac = new PacSpace({ apiKey: tenant.apiKey, maxRetries: 0 });
      await new Promise((resolve) => setTimeout(resolve, 25));
      await pac.balance.emit("cust_shared_id", 3, "Top-up");
      await expect(pac.balance.limits()).resolves.toBeTruthy();
      expect(pacspace.balanceOf("cust_shared_id", { tenantId: tenant.tenantId })).toBe(3);
    }),
  );
});
