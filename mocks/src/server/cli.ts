import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseVerificationOption, type VerificationOption } from "../create-pacspace-mock.js";
import { CONTROL_TOKEN_HEADER } from "../handlers/control-access.js";
import { parseApiKey } from "../ledger/kernel/core.js";
import { isLoopbackHost } from "../webhooks/receiver-url-policy.js";
import { parseScenario, type Scenario } from "./scenario.js";
import { DEFAULT_MAX_BODY_BYTES, type MockServer, startMockServer } from "./serve.js";

/**
 * `pacspace-mock serve`: the mock on a local port, for manual exploration, other languages
 * and browser apps. Exit codes: 0 after a clean shutdown (SIGINT/SIGTERM: no new
 * connections, requests in flight finish, at most SHUTDOWN_GRACE_MS), 1 when the server
 * cannot start, 2 for a usage error (unknown flag, bad value, unreadable seed file).
 */

/** How long a shutdown waits for requests in flight before dropping their connections. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * The default tenant's sandbox key when neither --api-key nor PACSPACE_MOCK_API_KEY sets
 * one: a well-known demo key, the same on every install, printed as such.
 */
export const DEFAULT_CLI_API_KEY = "pk_test_demo.demo_secret";
export const API_KEY_ENV = "PACSPACE_MOCK_API_KEY";
export const CONTROL_TOKEN_ENV = "PACSPACE_MOCK_CONTROL_TOKEN";
/** Visible ASCII without spaces, long enough not to be guessed. */
const CONTROL_TOKEN = /^[\x21-\x7e]{16,256}$/;
export const STATE_ENV = "PACSPACE_MOCK_STATE";

export const USAGE = `Usage: pacspace-mock serve [options]

Runs a stateful in-memory PacSpace (Balance API, public verification, dashboard API,
/__mock control API) on a local port, with a default tenant (plan growth) whose sandbox
key is printed at start.

Options:
  --port <n>              Port to listen on (default 4010; 0 picks a free port)
  --host <addr>           Address to bind (default 127.0.0.1)
  --verification <mode>   immediate | manual | delay:<ms> (default delay:250): when
                          accepted deltas become VERIFIED (manual: POST /__mock/verify)
  --seed <file.json>      Load a scenario at start and after every reset: tenants, keys,
                          customers, deltas (format: see the README of @pacspace/mocks)
  --api-key <key>         The default tenant's sandbox key (pk_test_<id>.<secret>)
  --control-token <token> The token every /__mock call must carry in the
                          ${CONTROL_TOKEN_HEADER} header (16-256 visible ASCII
                          characters). Without it the control API answers this
                          machine only, unless --host is not a loopback address:
                          then a random token is made up and printed.
  --deterministic         Draw secrets (key secrets, session, approval and MFA tokens,
                          webhook secrets, receipt ids) from the seed, so every run
                          hands out the same ones; a seed file's "seed" does too.
                          Default: random per process.
  --allow-webhook-url <prefix>
                          Accept webhook URLs with this prefix although they point
                          at this server itself (refused otherwise); repeatable
  --max-body <size>       Largest request body accepted, in bytes or with a k / m
                          suffix (KiB / MiB; default 1m); a larger one gets 413
  --state <dir>           Keep the state in <dir> across restarts and crashes (journal
                          of accepted writes, replayed at start; start with the same
                          options each time). Without it, state is in memory only
  --compact-every <n>     With --state: snapshot the whole state and start a new
                          journal every <n> journaled writes, so a restart replays at
                          most that many; also at shutdown. Default: every 10000 once
                          the journal is half the size of the last snapshot
  -h, --help              Show this help

Environment:
  ${API_KEY_ENV}         The default sandbox key when --api-key is not given
  ${CONTROL_TOKEN_ENV}   The control token when --control-token is not given
  ${STATE_ENV}           The state directory when --state is not given

The default key is, in this order: --api-key, ${API_KEY_ENV}, the seed file's
defaultTenant.apiKey, else the well-known demo key ${DEFAULT_CLI_API_KEY}
(the same everywhere: keep the server on loopback or set your own key).

The inspector page (ledger, proofs, webhooks, requests, live) is at /__mock/ui/; the
address printed at start carries the default key.

The clock is real time (movable with POST /__mock/clock/advance and /__mock/clock/set).
Ctrl+C / SIGTERM stop accepting connections and let requests in flight finish (up to
${SHUTDOWN_GRACE_MS / 1000} s; a second signal stops at once).
Exit codes: 0 after Ctrl+C / SIGTERM, 1 when the server cannot start, 2 for bad usage.
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface ServeOptions {
  port: number;
  host: string;
  verification: VerificationOption;
  scenario?: Scenario;
  apiKey?: string;
  controlToken?: string;
  /** Seeded secrets (`--deterministic`); a seed file's `seed` asks for them too. */
  deterministic: boolean;
  allowWebhookUrls: string[];
  maxBodyBytes: number;
  /** Directory of the durable state (--state or PACSPACE_MOCK_STATE). */
  state?: string;
  /** Journal records between snapshots (--compact-every). */
  compactEvery?: number;
}

/**
 * Parses `serve` arguments; throws UsageError with a message for the user. `env` supplies
 * PACSPACE_MOCK_API_KEY. The default key is `--api-key`, else the variable, else the seed
 * file's `defaultTenant.apiKey`, else DEFAULT_CLI_API_KEY.
 */
export function parseServeArgs(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): ServeOptions | "help" {
  let parsed: ReturnType<typeof parseArgsStrict>;
  try {
    parsed = parseArgsStrict(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  const [command, ...extra] = positionals;
  if (command === undefined) throw new UsageError("missing command: serve");
  if (command !== "serve") throw new UsageError(`unknown command: ${command}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra[0]}`);

  const port = values.port === undefined ? 4010 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? "0") || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be an integer between 0 and 65535, got ${values.port}`);
  }
  const host = values.host ?? "127.0.0.1";
  if (host === "") throw new UsageError("--host must not be empty");
  const verification = (values.verification ?? "delay:250") as VerificationOption;
  try {
    parseVerificationOption(verification);
  } catch {
    throw new UsageError(
      `--verification must be immediate, manual or delay:<ms>, got ${values.verification}`,
    );
  }
  const maxBodyBytes =
    values["max-body"] === undefined ? DEFAULT_MAX_BODY_BYTES : parseSize(values["max-body"]);
  const options: ServeOptions = {
    port,
    host,
    verification,
    maxBodyBytes,
    deterministic: values.deterministic === true,
    allowWebhookUrls: values["allow-webhook-url"] ?? [],
  };
  for (const prefix of options.allowWebhookUrls) {
    if (!/^https?:\/\/[^/]/i.test(prefix)) {
      throw new UsageError(
        `--allow-webhook-url must start with http:// or https:// and a host, got ${prefix}`,
      );
    }
  }
  const token = values["control-token"] ?? (env[CONTROL_TOKEN_ENV] || undefined);
  if (token !== undefined) {
    if (!CONTROL_TOKEN.test(token)) {
      const source = values["control-token"] !== undefined ? "--control-token" : CONTROL_TOKEN_ENV;
      throw new UsageError(`${source} must be 16-256 visible ASCII characters without spaces`);
    }
    options.controlToken = token;
  }
  const state = values.state ?? (env[STATE_ENV] || undefined);
  if (state !== undefined) {
    if (state === "") throw new UsageError("--state must not be empty");
    options.state = state;
  }
  if (values["compact-every"] !== undefined) {
    const every = Number(values["compact-every"]);
    if (!/^\d+$/.test(values["compact-every"]) || !Number.isSafeInteger(every) || every < 1) {
      throw new UsageError(`--compact-every must be a positive integer, got ${values["compact-every"]}`);
    }
    if (options.state === undefined) throw new UsageError("--compact-every needs --state");
    options.compactEvery = every;
  }
  const checkKey = (key: string, source: string) => {
    if (parseApiKey(key)?.environment !== "test") {
      throw new UsageError(`${source} must be a sandbox key: pk_test_<letters and digits>.<secret>`);
    }
    return key;
  };
  if (values["api-key"] !== undefined) options.apiKey = checkKey(values["api-key"], "--api-key");
  const fromEnv = env[API_KEY_ENV];
  const envKey = fromEnv === undefined || fromEnv === "" ? undefined : checkKey(fromEnv, API_KEY_ENV);
  if (values.seed !== undefined) options.scenario = loadScenario(values.seed);
  // A seed file without a default tenant keeps it out unless --api-key asks for one.
  const seeded = options.scenario?.defaultTenant;
  if (options.apiKey === undefined && seeded !== false) {
    options.apiKey = envKey ?? seeded?.apiKey ?? DEFAULT_CLI_API_KEY;
  }
  return options;
}

const SIZE = /^(\d+)\s*(k|kb|kib|m|mb|mib)?$/i;

/** `--max-body`: bytes, or KiB / MiB with a `k` / `m` suffix. */
function parseSize(text: string): number {
  const match = SIZE.exec(text.trim());
  const unit = match?.[2]?.[0]?.toLowerCase();
  const bytes = match
    ? Number(match[1]) * (unit === "k" ? 1024 : unit === "m" ? 1024 * 1024 : 1)
    : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new UsageError(`--max-body must be a positive size such as 1048576, 512k or 10m, got ${text}`);
  }
  return bytes;
}

function parseArgsStrict(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      verification: { type: "string" },
      seed: { type: "string" },
      "api-key": { type: "string" },
      "control-token": { type: "string" },
      deterministic: { type: "boolean" },
      "allow-webhook-url": { type: "string", multiple: true },
      "max-body": { type: "string" },
      state: { type: "string" },
      "compact-every": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

function loadScenario(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(
      `cannot read --seed ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--seed ${file} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return parseScenario(json, file);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Starts the server from parsed options and prints where it is and how to call it. */
export async function serveFromOptions(options: ServeOptions, io: CliIo): Promise<MockServer> {
  const server = await startMockServer({
    port: options.port,
    host: options.host,
    verification: options.verification,
    maxBodyBytes: options.maxBodyBytes,
    clock: "system",
    ...(options.deterministic ? { deterministic: true } : {}),
    ...(options.controlToken !== undefined ? { controlToken: options.controlToken } : {}),
    ...(options.allowWebhookUrls.length > 0 ? { webhooks: { allowUrls: options.allowWebhookUrls } } : {}),
    ...(options.state !== undefined ? { state: options.state } : {}),
    ...(options.compactEvery !== undefined ? { stateCompaction: { every: options.compactEvery } } : {}),
    ...(options.scenario ? { scenario: options.scenario } : {}),
    ...(options.apiKey
      ? { defaultTenant: { ...(options.scenario?.defaultTenant || {}), apiKey: options.apiKey } }
      : {}),
  });
  const tenant = server.pacspace.defaultTenant;
  io.stdout(`PacSpace mock listening on ${server.url}\n`);
  if (tenant) {
    io.stdout(`API key (sandbox, tenant ${tenant.tenantId}): ${tenant.apiKey}\n`);
    if (tenant.apiKey === DEFAULT_CLI_API_KEY) {
      io.stdout("  (the well-known demo key, the same on every install: set --api-key for your own)\n");
    }
  }
  if (server.controlToken !== null) {
    io.stdout(
      `Control token (send it in ${CONTROL_TOKEN_HEADER} on every /__mock call): ${server.controlToken}\n`,
    );
  }
  if (!isLoopbackHost(options.host)) {
    io.stderr(
      `\n*** WARNING: pacspace-mock is listening on ${options.host}, reachable from other machines. ***\n` +
        "*** It is a test double: keys and data are not protected like a real service's.       ***\n" +
        `*** The control API (/__mock) needs the control token printed above.                  ***\n\n`,
    );
  }
  io.stdout(
    `Secrets: ${options.deterministic || options.scenario?.seed !== undefined ? "deterministic (from the seed)" : "random per process"}.\n`,
  );
  // The key rides in the fragment, which the browser never sends to a server.
  const inspectorKey = tenant ? `#key=${encodeURIComponent(tenant.apiKey)}` : "";
  const inspectorToken =
    server.controlToken !== null ? `?token=${encodeURIComponent(server.controlToken)}` : "";
  io.stdout(`Inspector: ${server.url}/__mock/ui/${inspectorToken}${inspectorKey}\n`);
  if (options.state !== undefined) io.stdout(`State: ${options.state} (kept across restarts)\n`);
  io.stdout(
    `Verification: ${String(options.verification)}. Control API: ${server.url}/__mock. Ctrl+C stops.\n`,
  );
  return server;
}

/** The whole CLI; resolves with the exit code once the server has stopped (or failed to start). */
export async function runCli(
  argv: string[],
  io: CliIo,
  signals: NodeJS.EventEmitter = process,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  let options: ServeOptions | "help";
  try {
    options = parseServeArgs(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`pacspace-mock: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    io.stdout(USAGE);
    return 0;
  }
  let server: MockServer;
  try {
    server = await serveFromOptions(options, io);
  } catch (error) {
    io.stderr(`pacspace-mock: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  return new Promise<number>((resolve) => {
    const forceStop = () => {
      signals.off("SIGINT", forceStop);
      signals.off("SIGTERM", forceStop);
      void server.close();
    };
    const stop = () => {
      signals.off("SIGINT", stop);
      signals.off("SIGTERM", stop);
      signals.on("SIGINT", forceStop);
      signals.on("SIGTERM", forceStop);
      io.stdout("Stopping: no new connections; requests in flight are finishing\n");
      server.shutdown(SHUTDOWN_GRACE_MS).then(
        () => {
          signals.off("SIGINT", forceStop);
          signals.off("SIGTERM", forceStop);
          io.stdout("PacSpace mock stopped\n");
          resolve(0);
        },
        (error: unknown) => {
          io.stderr(`pacspace-mock: error while stopping: ${String(error)}\n`);
          resolve(1);
        },
      );
    };
    signals.on("SIGINT", stop);
    signals.on("SIGTERM", stop);
  });
}
