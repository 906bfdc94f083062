import { expect } from "vitest";
import type { CallResult, TestMock } from "./harness.js";

/**
 * Dashboard helpers on top of the conformance harness: calls authenticated by a Bearer token
 * or by the session cookie (a Node fetch has no cookie jar, so the test sends `Cookie`
 * itself, as a browser would), and a one-call onboarding (approval → register → login).
 */

export const PASSWORD = "SecurePass1";

export interface DashboardAuth {
  /** `Authorization: Bearer <token>` */
  token?: string;
  /** `Cookie: pacspace_session=<cookie>` */
  cookie?: string;
  /** Send `X-Pacspace-CSRF: 1` (default true with a cookie). */
  csrf?: boolean;
}

export interface DashboardCallOptions extends DashboardAuth {
  body?: unknown;
  headers?: Record<string, string>;
}

export function dashboardHeaders(
  auth: DashboardAuth,
  extra: Record<string, string> = {},
): Record<string, string> {
  const headers: Record<string, string> = { ...extra };
  if (auth.token !== undefined) headers.Authorization = `Bearer ${auth.token}`;
  if (auth.cookie !== undefined) {
    headers.Cookie = `theme=dark; pacspace_session=${auth.cookie}`;
    if (auth.csrf !== false) headers["X-Pacspace-CSRF"] = "1";
  } else if (auth.csrf === true) {
    headers["X-Pacspace-CSRF"] = "1";
  }
  return headers;
}

/** A dashboard call through the harness (no API key; every answer is conformance-checked). */
export function dash(
  mock: TestMock,
  method: string,
  path: string,
  options: DashboardCallOptions = {},
): Promise<CallResult> {
  return mock.api(method, path, {
    apiKey: null,
    headers: dashboardHeaders(options, options.headers),
    ...(options.body !== undefined ? { body: options.body } : {}),
  });
}

export interface Account {
  email: string;
  userId: string;
  tenantId: string;
  /** Session token (also the cookie value). */
  token: string;
  /** The Set-Cookie header of the login answer. */
  setCookie: string;
}

/** Approval → register → login, all over HTTP. */
export async function onboard(mock: TestMock, email: string, organization = "Acme Corp"): Promise<Account> {
  const approval = await mock.api("POST", "/__mock/approval-tokens", { apiKey: null, body: { email } });
  expect(approval.status).toBe(201);
  const registered = await dash(mock, "POST", "/dashboard/auth/register", {
    body: {
      name: "Jane Doe",
      email,
      password: PASSWORD,
      organization,
      approvalToken: approval.body.data.approvalToken,
    },
  });
  expect(registered.status).toBe(201);
  const login = await dash(mock, "POST", "/dashboard/auth/login", { body: { email, password: PASSWORD } });
  expect(login.status).toBe(200);
  return {
    email,
    userId: registered.body.data.user.id,
    tenantId: registered.body.data.tenant.tenantId,
    token: login.body.data.token,
    setCookie: login.headers.get("Set-Cookie") ?? "",
  };
}

/** The error without its per-request id, to compare two answers. */
export function errorWithoutRequestId(result: CallResult): Record<string, unknown> {
  const { requestId: _requestId, ...rest } = result.body.error as Record<string, unknown>;
  return rest;
}
