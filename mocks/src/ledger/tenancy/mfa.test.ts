import { describe, expect, it } from "vitest";
import { createManualClock } from "../../clock.js";
import { createLedger } from "../ledger.js";
import { codeOf, T0 } from "../ledger-fixture.js";
import { MAX_MFA_ATTEMPTS, MFA_TICKET_TTL_MS } from "./mfa.js";

const EMAIL = "jane@acme.example";
const PASSWORD = "SecurePass1";

function withUser(seed = "mfa") {
  const clock = createManualClock(T0);
  const ledger = createLedger({ seed, clock });
  const { approvalToken } = ledger.issueApprovalToken({ email: EMAIL });
  ledger.register({ name: "Jane", email: EMAIL, password: PASSWORD, approvalToken });
  return { clock, ledger };
}

function challenge(ledger: ReturnType<typeof withUser>["ledger"]): string {
  const outcome = ledger.login({ email: EMAIL, password: PASSWORD });
  if (!("requiresMfa" in outcome)) throw new Error("expected an MFA challenge");
  expect(outcome).toEqual({ requiresMfa: true, mfaTicket: expect.stringMatching(/^mft_/) });
  return outcome.mfaTicket;
}

describe("MFA logins", () => {
  it("a user with MFA gets a ticket, not a session; the ticket and the code open one", () => {
    const { ledger } = withUser();
    expect(ledger.setUserMfa({ email: "Jane@Acme.example", code: "123456" })).toEqual({
      email: EMAIL,
      mfaEnabled: true,
      code: "123456",
    });
    const mfaTicket = challenge(ledger);
    expect(ledger.inspect().accounts.sessions).toHaveLength(0);
    const session = ledger.verifyMfaLogin({ mfaTicket, code: "123456" });
    expect(session.user.email).toBe(EMAIL);
    expect(ledger.resolveSession(session.token).userId).toBe(session.user.id);
    expect(JSON.stringify(ledger.inspect())).not.toContain(mfaTicket);
    expect(ledger.inspect().accounts.users[0]).toMatchObject({ mfaEnabled: true });
  });

  it("a ticket works once", () => {
    const { ledger } = withUser();
    ledger.setUserMfa({ email: EMAIL, code: "123456" });
    const mfaTicket = challenge(ledger);
    ledger.verifyMfaLogin({ mfaTicket, code: "123456" });
    expect(codeOf(() => ledger.verifyMfaLogin({ mfaTicket, code: "123456" }))).toBe("INVALID_MFA_TICKET");
  });

  it("a ticket expires on the mock clock", () => {
    const { clock, ledger } = withUser();
    ledger.setUserMfa({ email: EMAIL, code: "123456" });
    const early = challenge(ledger);
    const late = challenge(ledger);
    clock.advance(MFA_TICKET_TTL_MS - 1);
    expect(ledger.verifyMfaLogin({ mfaTicket: early, code: "123456" }).user.email).toBe(EMAIL);
    clock.advance(1);
    expect(codeOf(() => ledger.verifyMfaLogin({ mfaTicket: late, code: "123456" }))).toBe(
      "INVALID_MFA_TICKET",
    );
  });

  it("a wrong code is INVALID_MFA_CODE and opens nothing; too many burn the ticket", () => {
    const { ledger } = withUser();
    ledger.setUserMfa({ email: EMAIL, code: "123456" });
    const mfaTicket = challenge(ledger);
    expect(codeOf(() => ledger.verifyMfaLogin({ mfaTicket, code: "654321" }))).toBe("INVALID_MFA_CODE");
    expect(ledger.inspect().accounts.sessions).toHaveLength(0);
    // still usable after a wrong code
    expect(ledger.verifyMfaLogin({ mfaTicket, code: "123456" }).user.email).toBe(EMAIL);

    const guessed = challenge(ledger);
    for (let i = 0; i < MAX_MFA_ATTEMPTS; i++) {
      expect(codeOf(() => ledger.verifyMfaLogin({ mfaTicket: guessed, code: "000000" }))).toBe(
        "INVALID_MFA_CODE",
      );
    }
    expect(codeOf(() => ledger.verifyMfaLogin({ mfaTicket: guessed, code: "123456" }))).toBe(
      "INVALID_MFA_TICKET",
    );
  });

  it("an unknown ticket, or one of a user whose MFA was turned off, is INVALID_MFA_TICKET", () => {
    const { ledger } = withUser();
    expect(codeOf(() => ledger.verifyMfaLogin({ mfaTicket: "mft_nope", code: "123456" }))).toBe(
      "INVALID_MFA_TICKET",
    );
    ledger.setUserMfa({ email: EMAIL, code: "123456" });
    const mfaTicket = challenge(ledger);
    expect(ledger.setUserMfa({ email: EMAIL, enabled: false })).toEqual({
      email: EMAIL,
      mfaEnabled: false,
      code: null,
    });
    expect(codeOf(() => ledger.verifyMfaLogin({ mfaTicket, code: "123456" }))).toBe("INVALID_MFA_TICKET");
    expect(ledger.login({ email: EMAIL, password: PASSWORD })).toHaveProperty("token");
  });

  it("without a code, the code is drawn from the seed (the same on every run)", () => {
    const first = withUser("seeded").ledger.setUserMfa({ email: EMAIL });
    const second = withUser("seeded").ledger.setUserMfa({ email: EMAIL });
    expect(first.code).toMatch(/^[0-9]{6}$/);
    expect(second.code).toBe(first.code);
  });

  it("refuses a malformed code, a code while turning MFA off, and an unknown user", () => {
    const { ledger } = withUser();
    expect(codeOf(() => ledger.setUserMfa({ email: EMAIL, code: "12345" }))).toBe("VALIDATION_ERROR");
    expect(codeOf(() => ledger.setUserMfa({ email: EMAIL, enabled: false, code: "123456" }))).toBe(
      "VALIDATION_ERROR",
    );
    expect(codeOf(() => ledger.setUserMfa({ email: "nobody@acme.example" }))).toBe("NOT_FOUND");
    expect(ledger.login({ email: EMAIL, password: PASSWORD })).toHaveProperty("token");
  });
});
