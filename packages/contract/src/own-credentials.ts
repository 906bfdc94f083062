import type { OwnCredentialKind } from "./credential-operations.js";
import type { RequestInput, WireResponse } from "./http.js";
import type { CheckResult } from "./results.js";
import type { AuthMode, Session } from "./session.js";
import type { Operation } from "./spec.js";

/** A dashboard login the kit may use to open sessions of its own (never the caller's session). */
export interface LoginCredentials {
  email: string;
  password: string;
}

/** A credential the run created for itself: it may end or change it. */
export type OwnCredential = { kind: "apiKey"; keyId: string } | { kind: "session"; token: string };

type Json = Record<string, unknown>;

function dataOf(response: WireResponse | undefined): Json | undefined {
  const body = response?.json as { data?: unknown } | undefined;
  return body && typeof body.data === "object" && body.data !== null ? (body.data as Json) : undefined;
}

function succeeded(response: WireResponse | undefined): boolean {
  return response !== undefined && response.status >= 200 && response.status < 300;
}

/**
 * The keys and sessions a run creates for the checks that end or change one: keys with
 * `createApiKey` (under the given bearer token), sessions with `login` (with the given
 * login). Each creation is a checked request of its own. At the end of the run, `close`
 * revokes the keys and logs out the sessions that no check ended, so reruns do not pile
 * them up on the server.
 */
export class OwnCredentials {
  readonly results: CheckResult[] = [];
  private readonly liveKeys = new Set<string>();
  private readonly liveSessions = new Set<string>();
  private created = 0;

  constructor(
    private readonly session: Session,
    private readonly runTag: string,
    /** The environment of the keys it creates: that of the run's key, so they reach the same ledger. */
    private readonly keyEnvironment: "test" | "live",
    private readonly login?: LoginCredentials,
  ) {}

  /** Why the run cannot create a credential of this kind; undefined when it can. */
  unavailable(kind: OwnCredentialKind): string | undefined {
    if (kind === "apiKey") {
      if (!this.session.byId.has("createApiKey"))
        return "needs an API key of the run's own, and the spec has no createApiKey to make one";
      if (!this.session.options.bearerToken)
        return "needs an API key of the run's own, made with createApiKey under a bearer token (--bearer-token)";
      return undefined;
    }
    if (!this.session.byId.has("login"))
      return "needs a session of the run's own, and the spec has no login to open one";
    if (!this.login)
      return "needs a session of the run's own to end: give a login (--login-email, --login-password) so the kit can open one; it never ends the session it was given";
    return undefined;
  }

  /** A fresh credential of `kind`, or the reason there is none. */
  async create(kind: OwnCredentialKind, purpose: string): Promise<OwnCredential | { reason: string }> {
    const unavailable = this.unavailable(kind);
    if (unavailable) return { reason: unavailable };
    return kind === "apiKey" ? this.createKey(purpose) : this.openSession(purpose);
  }

  /** Takes over a key that a checked request created (a valid `createApiKey`). */
  adoptKey(response: WireResponse | undefined): void {
    const id = succeeded(response) ? dataOf(response)?.id : undefined;
    if (typeof id === "string") this.liveKeys.add(id);
  }

  /** Marks a credential as ended by a check that succeeded: `close` leaves it alone. */
  ended(credential: OwnCredential): void {
    if (credential.kind === "apiKey") this.liveKeys.delete(credential.keyId);
    else this.liveSessions.delete(credential.token);
  }

  /** Revokes the keys and logs out the sessions of the run that are still live. */
  async close(): Promise<CheckResult[]> {
    const results: CheckResult[] = [];
    const revoke = this.session.byId.get("revokeApiKey");
    const logout = this.session.byId.get("logout");
    const end = async (name: string, operation: Operation, input: Partial<RequestInput>, auth?: AuthMode) => {
      const check = { operationId: operation.operationId, category: "chain" as const, name };
      const wire = this.session.toWire(operation, { path: {}, query: {}, headers: {}, ...input }, auth);
      results.push((await this.session.exchange(check, operation, wire, { outcome: "success" })).result);
    };
    if (revoke) {
      for (const keyId of this.liveKeys)
        await end("clean-up: revoke a key of the run's own", revoke, { path: { keyId } });
    }
    if (logout) {
      for (const token of this.liveSessions)
        await end(
          "clean-up: log out a session of the run's own",
          logout,
          {},
          { kind: "value", value: token },
        );
    }
    this.liveKeys.clear();
    this.liveSessions.clear();
    return results;
  }

  private async createKey(purpose: string): Promise<OwnCredential | { reason: string }> {
    const operation = this.session.byId.get("createApiKey");
    if (!operation) return { reason: "the spec has no createApiKey" };
    this.created++;
    const { result, response } = await this.session.exchange(
      { operationId: "createApiKey", category: "chain", name: `create a key of the run's own (${purpose})` },
      operation,
      this.session.toWire(operation, {
        path: {},
        query: {},
        headers: {},
        body: { name: `contract ${this.runTag} #${this.created}`, environment: this.keyEnvironment },
      }),
      { outcome: "success" },
    );
    this.results.push(result);
    // A key that was made is the run's to end, even when the answer broke the contract elsewhere.
    const keyId = succeeded(response) ? dataOf(response)?.id : undefined;
    if (typeof keyId !== "string")
      return { reason: "creating an API key of the run's own failed (see createApiKey)" };
    this.liveKeys.add(keyId);
    return { kind: "apiKey", keyId };
  }

  private async openSession(purpose: string): Promise<OwnCredential | { reason: string }> {
    const operation = this.session.byId.get("login");
    if (!operation || !this.login) return { reason: "no login to open a session with" };
    const { result, response } = await this.session.exchange(
      { operationId: "login", category: "chain", name: `open a session of the run's own (${purpose})` },
      operation,
      this.session.toWire(
        operation,
        { path: {}, query: {}, headers: {}, body: { ...this.login } },
        { kind: "none" },
      ),
      { outcome: "success" },
    );
    this.results.push(result);
    if (!succeeded(response)) return { reason: "opening a session of the run's own failed (see login)" };
    const token = dataOf(response)?.token ?? this.sessionCookie(response);
    if (typeof token !== "string")
      return {
        reason: "the login opened no session (it answered an MFA challenge, or neither a token nor a cookie)",
      };
    this.liveSessions.add(token);
    return { kind: "session", token };
  }

  /** The session cookie's value, for a server that sets the cookie and leaves `token` out of the body. */
  private sessionCookie(response: WireResponse | undefined): string | undefined {
    const schemes = Object.values(this.session.spec.document.components?.securitySchemes ?? {});
    const name = schemes.find((scheme) => scheme.type === "apiKey" && scheme.in === "cookie")?.name;
    const header = response?.headers["set-cookie"];
    if (!name || !header) return undefined;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?:^|[,;]\\s*)${escaped}=([^;,\\s]+)`).exec(header)?.[1];
  }
}
