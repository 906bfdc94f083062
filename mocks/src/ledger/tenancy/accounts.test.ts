import { describe, expect, it } from "vitest";
import { createManualClock } from "../../clock.js";
import { createLedger } from "../ledger.js";
import { codeOf, T0 } from "../ledger-fixture.js";
import { CUSTOMER_CSV_COLUMNS } from "./dashboard-customers.js";
import { DEFAULT_PASSWORD_COST, hashPassword, verifyPassword } from "./passwords.js";

/** The session of a login that opened one (no MFA in these tests). */
function opened<T extends object>(outcome: T): Exclude<T, { requiresMfa: true }> {
  if ("requiresMfa" in outcome) throw new Error("expected a session, got an MFA challenge");
  return outcome as Exclude<T, { requiresMfa: true }>;
}

function ledgerAt(seed = "accounts") {
  const clock = createManualClock(T0);
  return { clock, ledger: createLedger({ seed, clock }) };
}

describe("passwords", () => {
  it("stores a salted scrypt hash and checks it", () => {
    const stored = hashPassword("SecurePass1", "salt_a", DEFAULT_PASSWORD_COST);
    expect(stored).toMatchObject({ algorithm: "scrypt", N: 4096, r: 8, p: 1 });
    expect(JSON.stringify(stored)).not.toContain("SecurePass1");
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyPassword("SecurePass1", stored)).toBe(true);
    expect(verifyPassword("SecurePass2", stored)).toBe(false);
    expect(hashPassword("SecurePass1", "salt_b", DEFAULT_PASSWORD_COST).hash).not.toBe(stored.hash);
  });
});

describe("accounts in the ledger", () => {
  it("approval → register → login → resolve → logout, with deterministic ids per seed", () => {
    const run = () => {
      const { ledger } = ledgerAt();
      const { approvalToken } = ledger.issueApprovalToken({ email: "Jane@Acme.example" });
      const registration = ledger.register({
        name: "Jane",
        email: "jane@acme.example",
        password: "SecurePass1",
        approvalToken,
      });
      const login = opened(ledger.login({ email: "jane@acme.example", password: "SecurePass1" }));
      return { ledger, approvalToken, registration, login };
    };
    const first = run();
    const second = run();
    expect(second.login.token).toBe(first.login.token);
    expect(second.registration).toEqual(first.registration);
    const { ledger, login, registration } = first;
    const session = ledger.resolveSession(login.token);
    expect(session).toMatchObject({ userId: registration.user.id, tenantId: registration.tenant.tenantId });
    expect(ledger.getAccount(session).user.email).toBe("jane@acme.example");
    ledger.logout(login.token);
    expect(codeOf(() => ledger.resolveSession(login.token))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => ledger.logout(login.token))).toBe("UNAUTHENTICATED");
  });

  it("sessions end after sessionTtlMs; tokens and approvals are kept only as hashes", () => {
    const clock = createManualClock(T0);
    const ledger = createLedger({ seed: "s", clock, sessionTtlMs: 1000 });
    const { approvalToken } = ledger.issueApprovalToken({ email: "a@b.example" });
    ledger.register({ name: "A", email: "a@b.example", password: "SecurePass1", approvalToken });
    const { token } = opened(ledger.login({ email: "a@b.example", password: "SecurePass1" }));
    const dump = JSON.stringify(ledger.inspect());
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(approvalToken);
    clock.advance(999);
    expect(codeOf(() => ledger.resolveSession(token))).toBe("ok");
    clock.advance(1);
    expect(codeOf(() => ledger.resolveSession(token))).toBe("UNAUTHENTICATED");
  });

  it("a refused registration changes nothing", () => {
    const { ledger } = ledgerAt();
    ledger.issueApprovalToken({ email: "a@b.example" });
    const before = ledger.snapshot();
    for (const approvalToken of [undefined, "apr_nope"]) {
      const attempt = () =>
        ledger.register({
          name: "A",
          email: "a@b.example",
          password: "SecurePass1",
          ...(approvalToken ? { approvalToken } : {}),
        });
      expect(codeOf(attempt)).toBe("REGISTRATION_REQUIRES_APPROVAL");
    }
    expect(ledger.snapshot()).toBe(before);
  });

  it("exports CSV with quoting and formula neutralisation", () => {
    const { ledger } = ledgerAt();
    const { tenantId } = ledger.createTenant({ plan: "growth" });
    const api = ledger.forEnvironment(tenantId, "sandbox");
    api.emitDelta({ customerId: "c1", delta: -1.5, reason: '@SUM(A1) "quoted"', referenceId: "+1" });
    const [header, row, end] = ledger.dashboard(tenantId).exportCustomerCsv("sandbox", "c1").split("\r\n");
    expect(header).toBe(CUSTOMER_CSV_COLUMNS.join(","));
    expect(row).toMatch(/^1,rec_\w+,[^,]+,VERIFIED,-1\.5,"'@SUM\(A1\) ""quoted""",'\+1,/);
    expect(end).toBe("");
    expect(codeOf(() => ledger.dashboard(tenantId).exportCustomerCsv("production", "c1"))).toBe(
      "CUSTOMER_NOT_FOUND",
    );
  });
});
