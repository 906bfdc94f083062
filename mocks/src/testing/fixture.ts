import type { PacSpaceMock } from "../create-pacspace-mock.js";
import type { Checkpoint } from "../ledger/kernel/api-types.js";
import { ENVIRONMENT_OF_KEY, type KeyEnvironment } from "../ledger/kernel/state.js";
import type { Ledger } from "../ledger/ledger.js";
import {
  applyScenario,
  parseScenario,
  type ScenarioCustomer,
  type ScenarioDelta,
  ScenarioError,
  type ScenarioHooks,
  type ScenarioTenant,
} from "../server/scenario.js";

/**
 * Test fixtures: what a test needs PacSpace to hold, loaded in one call. Customers and
 * deltas go to the mock's default tenant (the one `pacspace.apiKey` belongs to) in the
 * seed-scenario format of `pacspace-mock serve --seed`; `tenants` adds more tenants in that
 * same format; `checkpoints` are committed last, over the deltas just loaded.
 */

/** A checkpoint to commit, by customer and window (a `period` or `startDate` + `endDate`). */
export interface FixtureCheckpoint {
  customerId: string;
  /** Default: the mock's default tenant. */
  tenantId?: string;
  /** Default `test` (the sandbox ledger). */
  environment?: KeyEnvironment;
  /** `YYYY-MM`. */
  period?: string;
  startDate?: string;
  endDate?: string;
}

export interface PacSpaceFixture {
  /** Moves the mock clock here first (ISO 8601); deltas' `at` must not be later. */
  now?: string;
  /** Customers of the default tenant. */
  customers?: ScenarioCustomer[];
  /** Deltas of the default tenant, in time order (see `monthOfUsage`). */
  deltas?: ScenarioDelta[];
  /** More tenants, each with its keys, customers and deltas. */
  tenants?: ScenarioTenant[];
  /** Committed after everything else; anchored at once under `immediate` verification. */
  checkpoints?: FixtureCheckpoint[];
}

export interface SeededFixture {
  /** Tenants created from `fixture.tenants`, with the keys issued to each. */
  tenants: Array<{ tenantId: string; apiKeys: string[] }>;
  /** The checkpoints committed, as the API shows them now. */
  checkpoints: Checkpoint[];
}

const FIXTURE_FIELDS = ["$schema", "description", "now", "customers", "deltas", "tenants", "checkpoints"];

/** Checks the shape of a fixture read from JSON (field values are checked when it is applied). */
export function parseFixture(value: unknown, source = "fixture"): PacSpaceFixture {
  const fail = (where: string, message: string): never => {
    throw new ScenarioError(`${source}: ${where} ${message}`);
  };
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return fail("(root)", "must be a JSON object");
  }
  const fixture = value as Record<string, unknown>;
  for (const key of Object.keys(fixture)) {
    if (!FIXTURE_FIELDS.includes(key))
      fail(key, `is not a fixture field (known: ${FIXTURE_FIELDS.join(", ")})`);
  }
  if (
    fixture.now !== undefined &&
    (typeof fixture.now !== "string" || Number.isNaN(Date.parse(fixture.now)))
  ) {
    fail("now", "must be an ISO 8601 date-time");
  }
  for (const list of ["customers", "deltas", "checkpoints"]) {
    const items = fixture[list];
    const isObjectList =
      Array.isArray(items) && items.every((item) => typeof item === "object" && item !== null);
    if (items !== undefined && !isObjectList) fail(list, "must be an array of objects");
  }
  if (fixture.tenants !== undefined) parseScenario({ tenants: fixture.tenants }, source);
  return fixture as PacSpaceFixture;
}

/** Loads a fixture into a mock's current state. Throws `ScenarioError` naming the bad entry. */
export function applyFixture(mock: PacSpaceMock, fixture: PacSpaceFixture): SeededFixture {
  const { ledger } = mock;
  const seeded: SeededFixture = { tenants: [], checkpoints: [] };
  const hooks: ScenarioHooks = {
    createApiKey(tenantId, input) {
      const issued = mock.createApiKey(tenantId, input);
      let entry = seeded.tenants.find((tenant) => tenant.tenantId === tenantId);
      if (!entry) {
        entry = { tenantId, apiKeys: [] };
        seeded.tenants.push(entry);
      }
      entry.apiKeys.push(issued.apiKey);
      return issued;
    },
    setClock: (ms) => void mock.clock.set(ms),
  };

  if (fixture.now !== undefined) mock.clock.set(fixture.now);

  if (fixture.customers?.length || fixture.deltas?.length) {
    const defaultTenant = mock.defaultTenant;
    if (!defaultTenant) {
      throw new ScenarioError("fixture: customers and deltas need the default tenant (defaultTenant: false)");
    }
    // applyScenario creates every tenant it loads; to fill the default tenant, which exists
    // already, it gets a view of the ledger whose createTenant hands that tenant back.
    const intoDefaultTenant: Ledger = {
      ...ledger,
      createTenant: () => ledger.getTenant(defaultTenant.tenantId),
    };
    const contents: ScenarioTenant = {
      ...(fixture.customers ? { customers: fixture.customers } : {}),
      ...(fixture.deltas ? { deltas: fixture.deltas } : {}),
    };
    applyScenario(intoDefaultTenant, { tenants: [contents] }, hooks);
  }

  if (fixture.tenants?.length) {
    const before = new Set(ledger.listTenants().map((tenant) => tenant.tenantId));
    applyScenario(ledger, { tenants: fixture.tenants }, hooks);
    for (const tenant of ledger.listTenants()) {
      if (
        !before.has(tenant.tenantId) &&
        !seeded.tenants.some((entry) => entry.tenantId === tenant.tenantId)
      ) {
        seeded.tenants.push({ tenantId: tenant.tenantId, apiKeys: [] });
      }
    }
  }

  const committed: Array<{ tenantId: string; environment: KeyEnvironment; checkpointId: string }> = [];
  for (const [index, item] of (fixture.checkpoints ?? []).entries()) {
    const tenantId = item.tenantId ?? mock.defaultTenant?.tenantId;
    if (!tenantId) throw new ScenarioError(`fixture: checkpoints[${index}] needs a tenantId`);
    const environment = item.environment ?? "test";
    const { customerId, period, startDate, endDate } = item;
    try {
      const outcome = ledger.forEnvironment(tenantId, ENVIRONMENT_OF_KEY[environment]).createCheckpoint({
        customerId,
        ...(period !== undefined ? { period } : {}),
        ...(startDate !== undefined ? { startDate } : {}),
        ...(endDate !== undefined ? { endDate } : {}),
      });
      committed.push({ tenantId, environment, checkpointId: (outcome.data as Checkpoint).checkpointId });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ScenarioError(`fixture: checkpoints[${index}]: ${reason}`);
    }
  }
  // Anchors what is due now: everything under `immediate` verification, nothing under `manual`.
  ledger.runDue();
  for (const { tenantId, environment, checkpointId } of committed) {
    const { checkpoints } = ledger
      .forEnvironment(tenantId, ENVIRONMENT_OF_KEY[environment])
      .listCheckpoints({ limit: "100" });
    const current = checkpoints.find((checkpoint) => checkpoint.checkpointId === checkpointId);
    if (current) seeded.checkpoints.push(current);
  }
  return seeded;
}

export interface MonthOfUsageOptions {
  customerId: string;
  /** The UTC month, `YYYY-MM`. */
  period: string;
  /** A credit recorded on the 1st at 09:00 UTC (default 1000; 0 for none). */
  openingCredit?: number;
  /** The debit of day `day` (1-based), as a positive number. Default: a varied 5–24. */
  dailyUsage?: (day: number) => number;
  /** Stop after this day of the month (default: the month's last day). */
  throughDay?: number;
  environment?: KeyEnvironment;
}

/**
 * A month of deltas for one customer: an opening credit, then one usage debit a day at
 * 12:00 UTC, each with a `referenceId`. Amounts are whole numbers, so sums are exact.
 */
export function monthOfUsage(options: MonthOfUsageOptions): ScenarioDelta[] {
  const match = /^(\d{4})-(\d{2})$/.exec(options.period);
  if (!match) throw new RangeError(`period must be YYYY-MM, got ${JSON.stringify(options.period)}`);
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const lastDay = Math.min(options.throughDay ?? daysInMonth, daysInMonth);
  const usage = options.dailyUsage ?? ((day: number) => 5 + ((day * 37) % 20));
  const environment = options.environment ? { environment: options.environment } : {};
  const { customerId } = options;
  const deltas: ScenarioDelta[] = [];
  const openingCredit = options.openingCredit ?? 1000;
  if (openingCredit !== 0) {
    deltas.push({
      customerId,
      delta: openingCredit,
      reason: "Opening credit",
      referenceId: `credit:${customerId}:${options.period}`,
      at: new Date(Date.UTC(year, month, 1, 9)).toISOString(),
      ...environment,
    });
  }
  for (let day = 1; day <= lastDay; day++) {
    const date = new Date(Date.UTC(year, month, day, 12));
    const isoDay = date.toISOString().slice(0, 10);
    deltas.push({
      customerId,
      delta: -usage(day),
      reason: `API usage ${isoDay}`,
      referenceId: `usage:${customerId}:${isoDay}`,
      at: date.toISOString(),
      ...environment,
    });
  }
  return deltas;
}
