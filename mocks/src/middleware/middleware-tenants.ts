import { LedgerError, validationError } from "../ledger/kernel/ledger-error.js";

/** A vendor account of a billing-middleware tenant (created in the service's Setup). */
export interface VendorAccount {
  vendorAccountId: string;
  displayName: string;
}

export interface MiddlewareTenant {
  tenantId: string;
  vendorAccounts: ReadonlyMap<string, VendorAccount>;
}

export interface MiddlewareTenantInput {
  vendorAccounts: ReadonlyArray<{ vendorAccountId: string; displayName?: string }>;
}

const VENDOR_ACCOUNT_ID = /^[A-Za-z0-9_.:-]{1,128}$/;

type Environment = "sandbox" | "production";

/**
 * Which tenants are billing middleware, their vendor accounts, and which vendor account
 * recorded each customer (per environment): a customer stays with the vendor account that
 * first recorded it. Everything else the middleware routes answer is read from the ledger.
 */
export class MiddlewareTenants {
  readonly #tenants = new Map<string, MiddlewareTenant>();
  readonly #customerVendor = new Map<string, string>();

  /** Makes a tenant billing middleware (or replaces its vendor accounts). Errors: VALIDATION_ERROR. */
  configure(tenantId: string, input: MiddlewareTenantInput): MiddlewareTenant {
    const accounts = new Map<string, VendorAccount>();
    if (!Array.isArray(input.vendorAccounts) || input.vendorAccounts.length === 0) {
      throw validationError([
        { path: "/vendorAccounts", message: "is required: at least one vendor account" },
      ]);
    }
    for (const [index, account] of input.vendorAccounts.entries()) {
      const id = account?.vendorAccountId;
      if (typeof id !== "string" || !VENDOR_ACCOUNT_ID.test(id)) {
        throw validationError([
          {
            path: `/vendorAccounts/${index}/vendorAccountId`,
            message: "must match ^[A-Za-z0-9_.:-]{1,128}$",
          },
        ]);
      }
      if (accounts.has(id)) {
        throw validationError([
          { path: `/vendorAccounts/${index}/vendorAccountId`, message: "is listed twice" },
        ]);
      }
      const displayName = account.displayName;
      if (displayName !== undefined && (typeof displayName !== "string" || displayName.trim() === "")) {
        throw validationError([
          { path: `/vendorAccounts/${index}/displayName`, message: "must be a non-empty string" },
        ]);
      }
      accounts.set(id, { vendorAccountId: id, displayName: displayName ?? id });
    }
    const tenant: MiddlewareTenant = { tenantId, vendorAccounts: accounts };
    this.#tenants.set(tenantId, tenant);
    return tenant;
  }

  get(tenantId: string): MiddlewareTenant | undefined {
    return this.#tenants.get(tenantId);
  }

  /** The tenant's middleware configuration. Errors: FORBIDDEN for a direct-inference tenant. */
  require(tenantId: string): MiddlewareTenant {
    const tenant = this.#tenants.get(tenantId);
    if (!tenant) {
      throw new LedgerError(
        "FORBIDDEN",
        "Only tenants configured as billing middleware can call /api/v1/middleware/*",
      );
    }
    return tenant;
  }

  vendorOf(tenantId: string, environment: Environment, customerId: string): string | undefined {
    return this.#customerVendor.get(`${tenantId}|${environment}|${customerId}`);
  }

  /** The customers vendor accounts recorded in one environment, in the order they were first recorded. */
  customersOf(tenantId: string, environment: Environment): string[] {
    const prefix = `${tenantId}|${environment}|`;
    return [...this.#customerVendor.keys()]
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length));
  }

  bind(tenantId: string, environment: Environment, customerId: string, vendorAccountId: string): void {
    this.#customerVendor.set(`${tenantId}|${environment}|${customerId}`, vendorAccountId);
  }

  /** The middleware tenants as plain data, for a state snapshot (`loadState` takes them back). */
  saveState(): { tenants: Map<string, MiddlewareTenant>; customerVendor: Map<string, string> } {
    return { tenants: this.#tenants, customerVendor: this.#customerVendor };
  }

  loadState(state: ReturnType<MiddlewareTenants["saveState"]>): void {
    this.reset();
    for (const [key, tenant] of state.tenants) this.#tenants.set(key, tenant);
    for (const [key, vendor] of state.customerVendor) this.#customerVendor.set(key, vendor);
  }

  reset(): void {
    this.#tenants.clear();
    this.#customerVendor.clear();
  }
}
