import { monthOfUsage, type PacSpaceFixture } from "@pacspace/mocks/testing/browser";

/**
 * What the mocked PacSpace holds in development and in tests: Acme's April 2026 usage with
 * a checkpoint over it, and the first days of May. The mock clock is left at real time:
 * signed calls (compare) carry the caller's clock, and the mock refuses signatures more
 * than 300 s away from its own.
 */
export const DEMO_CUSTOMER = "cust_acme";

export const demoFixture: PacSpaceFixture = {
  customers: [{ customerId: DEMO_CUSTOMER, displayName: "Acme Analytics", unitLabel: "credits" }],
  deltas: [
    ...monthOfUsage({ customerId: DEMO_CUSTOMER, period: "2026-04" }),
    ...monthOfUsage({ customerId: DEMO_CUSTOMER, period: "2026-05", openingCredit: 0, throughDay: 3 }),
  ],
  checkpoints: [{ customerId: DEMO_CUSTOMER, period: "2026-04" }],
};

/** 1000 credit, less April's usage (455) and 1–3 May's (22 + 19 + 16). */
export const DEMO_BALANCE = 488;
