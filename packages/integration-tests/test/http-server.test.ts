import { type MockServer, startMockServer } from "@pacspace/mocks/server";
import { AuthenticationError, PacSpace } from "@pacspace/sdk";
import { verifyCheckpoint, verifyDeltaProof, verifyReceipt } from "@pacspace/sdk/proofs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { conformingFetch } from "./support/conformance.js";
import { fastRetryingBalance } from "./support/in-process.js";

/**
 * The same SDK over real HTTP: the mock served on a free port (system clock, delayed
 * verification settled by the server's own timer). No MSW here; every response is checked
 * against the spec by the client's fetch.
 */

let server: MockServer;
const violations: string[] = [];

beforeAll(async () => {
  server = await startMockServer({ port: 0, verification: "delay:40", tickMs: 10, seed: "integration-http" });
});
afterEach(() => {
  const found = violations.splice(0);
  expect(found, "responses that do not conform to the spec").toEqual([]);
});
afterAll(() => server.close());

function client(options: { apiKey?: string; signRequests?: boolean } = {}) {
  return new PacSpace({
    apiKey: options.apiKey ?? server.pacspace.apiKey,
    baseUrl: server.url,
    fetch: conformingFetch(violations),
    ...(options.signRequests === undefined ? {} : { signRequests: options.signRequests }),
  });
}

describe("over a real port (startMockServer)", () => {
  it("records, waits for verification, derives, compares (signed), checkpoints and verifies", async () => {
    const pac = client();
    const first = await pac.balance.emit("cust_http", 120, "Top-up", { referenceId: "http-1" });
    expect(first.status).toBe("QUEUED");
    const verified = await pac.balance.emitAndWait("cust_http", -20.4, "Usage", {
      pollIntervalMs: 10,
      timeoutMs: 5_000,
    });
    expect(verified.status).toBe("VERIFIED");
    if (!verified.proof) throw new Error("no proof");
    expect(verifyDeltaProof({ contentHash: verified.contentHash, proof: verified.proof })).toEqual({
      valid: true,
    });

    // The first delta has been verified by the server's timer meanwhile.
    const status = await pac.balance.deltaStatus(first.recordId);
    expect(status.status).toBe("VERIFIED");

    const derived = await pac.balance.derive("cust_http");
    expect(derived).toMatchObject({ computedBalance: 99.6, deltasCount: 2 });

    const report = await pac.balance.compare("cust_http", { yours: 99.6, theirs: 120 });
    expect(report.outcome).toBe("yours_matches");
    expect(report.divergence.theirs).toMatchObject({ lastMatchingSequenceNumber: 1, unmatchedAmount: -20.4 });

    const checkpoint = await pac.balance.checkpoint("cust_http").withResponse();
    expect(checkpoint.response.status).toBe(201);
    const receipt = await pac.balance.receipt("cust_http");
    expect(verifyReceipt(receipt)).toEqual({ valid: true });
    expect(verifyCheckpoint({ ...checkpoint.data, deltas: receipt.deltas })).toEqual({ valid: true });

    // A checkpoint is verified once its root is anchored (after the verification delay); asking
    // for the same scope again returns it with its current status.
    let anchored = checkpoint.data;
    for (let polls = 0; anchored.status !== "VERIFIED" && polls < 500; polls++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      anchored = await pac.balance.checkpoint("cust_http");
    }
    expect(anchored).toMatchObject({ checkpointId: checkpoint.data.checkpointId, status: "VERIFIED" });
    const check = await pac.verify(checkpoint.data.proofRoot);
    expect(check).toMatchObject({ verified: true, kind: "checkpoint", summary: { recordCount: 2 } });
    expect((await pac.publicReceipt(receipt.receiptId)).receiptId).toBe(receipt.receiptId);

    const everyone = [];
    for await (const customer of pac.balance.customers({ limit: 1 })) everyone.push(customer.customerId);
    expect(everyone).toContain("cust_http");
  });

  it("a tenant requiring signatures refuses an unsigned compare over HTTP and accepts the signed one", async () => {
    const tenant = server.pacspace.createTenant({ requireSignedCompare: true });
    await client({ apiKey: tenant.apiKey }).balance.emitAndWait("cust_sig", 1, "r", { pollIntervalMs: 10 });
    const unsigned = await client({ apiKey: tenant.apiKey, signRequests: false })
      .balance.compare("cust_sig", { yours: 1, theirs: 1 })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(unsigned).toBeInstanceOf(AuthenticationError);
    expect((unsigned as AuthenticationError).code).toBe("SIGNATURE_REQUIRED");
    const signed = await client({ apiKey: tenant.apiKey }).balance.compare("cust_sig", {
      yours: 1,
      theirs: 1,
    });
    expect(signed.outcome).toBe("both_match");
  });

  it("dropped connections and 503s on a real socket are retried without duplicating the write", async () => {
    const tenant = server.pacspace.createTenant();
    const balance = fastRetryingBalance(tenant.apiKey, {
      baseUrl: server.url,
      maxRetries: 4,
      fetch: conformingFetch(violations),
    });
    const faults = [
      { networkError: true as const, when: "after" as const },
      { status: 503 as const },
      { networkError: true as const },
    ];
    const results = [];
    for (const [i, fault] of faults.entries()) {
      server.pacspace.faults.inject({ route: "emitDelta", times: 1, ...fault });
      results.push(await balance.emit("cust_net", 1, `r${i}`, { referenceId: `net-${i}` }).withResponse());
    }
    expect(results.map((result) => result.attempts)).toEqual([2, 2, 2]);
    const rows = [];
    // Wait for the server's timer to verify them, then count.
    for (let tries = 0; tries < 100; tries++) {
      const derived = await balance.derive("cust_net");
      if (derived.deltasCount === 3) {
        rows.push(...derived.deltas);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(rows.map((row) => row.referenceId)).toEqual(["net-0", "net-1", "net-2"]);
  });
});
