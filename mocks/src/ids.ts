/**
 * Identifiers and secrets. Ids are deterministic: the same seed yields the same sequence of
 * ids for each kind, so two mock runs fed the same requests produce the same ids. Secrets
 * (API-key secrets, webhook signing secrets, session, approval and MFA tokens, MFA codes,
 * receipt ids) are by default keyed by a random key of the generator's own (from the
 * platform's cryptographic random source): Keccak-256 of key, kind and counter, so no
 * instance can predict another's, while `reset()` replays the same ones, as it replays the
 * ids. With `secrets: "seeded"` they come from the seed too and whole responses repeat
 * byte for byte.
 *
 * Each kind draws from its own PRNG stream (derived from the seed and the kind's name),
 * so generating, say, a request id never shifts the record ids that follow.
 */

import { keccak256Hex, utf8 } from "./ledger/kernel/core.js";
import { ALPHANUMERIC, randomString } from "./random.js";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

export type IdKind =
  | "record"
  | "checkpoint"
  | "receipt"
  | "customer"
  | "event"
  | "key"
  | "publicId"
  | "secret"
  | "request"
  | "tenant"
  | "webhook"
  | "delivery"
  | "user"
  | "token"
  | "mfaCode";

export interface IdGenerator {
  /** `rec_…` for a delta record. */
  recordId(): string;
  /** `chk_…` for a checkpoint. */
  checkpointId(): string;
  /** `rcpt_…` for a receipt document. */
  receiptId(): string;
  /** `cust_…` for a customer created without an explicit id. */
  customerId(): string;
  /** `evt_…` for a webhook event. */
  eventId(): string;
  /** `key_…` for an API key. */
  keyId(): string;
  /** `ten_…` for a tenant. */
  tenantId(): string;
  /** `webhook_…` for a webhook endpoint (the current docs' form). */
  webhookId(): string;
  /** `dlv_…` for a webhook delivery attempt. */
  deliveryId(): string;
  /** `usr_…` for a dashboard user. */
  userId(): string;
  /** `req_…` for the `X-Request-Id` header. */
  requestId(): string;
  /** The public part of an API key (lowercase alphanumerics). */
  publicId(): string;
  /** A high-entropy secret (alphanumerics), optionally prefixed, e.g. `secret("whsec_")`. */
  secret(prefix?: string, length?: number): string;
  /** An opaque token (session, approval, MFA ticket). */
  token(prefix?: string): string;
  /** A 6-digit MFA code (the mock's stand-in for an authenticator app). */
  mfaCode(): string;
  /** Returns every stream to its initial, seeded position (random secrets stay random). */
  reset(): void;
}

export interface IdGeneratorOptions {
  /** `random` (default): secrets from `crypto.getRandomValues`; `seeded`: from the seed, reproducible. */
  secrets?: "random" | "seeded";
}

export function createIdGenerator(
  seed: string | number = "pacspace",
  options: IdGeneratorOptions = {},
): IdGenerator {
  const seededSecrets = options.secrets === "seeded";
  const streams = new Map<IdKind, Sfc32>();
  const stream = (kind: IdKind) => {
    let next = streams.get(kind);
    if (!next) {
      next = sfc32(Uint32Array.from(cyrb128(`${String(seed)}:${kind}`)));
      streams.set(kind, next);
    }
    return next;
  };
  // One flat string per id: `out += char` would leave a chain of rope (cons) strings behind
  // every id, about 300 bytes per delta record in a large ledger.
  const codes: number[] = [];
  const draw = (kind: IdKind, length: number, alphabet: string, prefix = "") => {
    const next = stream(kind);
    codes.length = prefix.length + length;
    for (let i = 0; i < prefix.length; i++) codes[i] = prefix.charCodeAt(i);
    for (let i = prefix.length; i < codes.length; i++)
      codes[i] = alphabet.charCodeAt(next() % alphabet.length);
    return String.fromCharCode(...codes);
  };
  let secretKey = seededSecrets ? "" : randomString(43);
  const counters = new Map<IdKind, number>();
  /** A secret: the kind's seeded stream, or blocks of Keccak-256(key, kind, counter), rejection-sampled. */
  const secretDraw = (kind: IdKind, length: number, alphabet: string, prefix = "") => {
    if (seededSecrets) return draw(kind, length, alphabet, prefix);
    const counter = counters.get(kind) ?? 0;
    counters.set(kind, counter + 1);
    const limit = 256 - (256 % alphabet.length);
    codes.length = 0;
    for (let i = 0; i < prefix.length; i++) codes.push(prefix.charCodeAt(i));
    for (let block = 0; codes.length < prefix.length + length; block++) {
      const hex = keccak256Hex(utf8(`${secretKey}:${kind}:${counter}:${block}`));
      for (let i = 2; i < hex.length && codes.length < prefix.length + length; i += 2) {
        const byte = Number.parseInt(hex.slice(i, i + 2), 16);
        if (byte < limit) codes.push(alphabet.charCodeAt(byte % alphabet.length));
      }
    }
    return String.fromCharCode(...codes);
  };
  const generator: IdGenerator = {
    recordId: () => draw("record", 20, ALPHABET, "rec_"),
    checkpointId: () => draw("checkpoint", 20, ALPHABET, "chk_"),
    receiptId: () => secretDraw("receipt", 20, ALPHABET, "rcpt_"),
    customerId: () => draw("customer", 16, ALPHABET, "cust_"),
    eventId: () => draw("event", 20, ALPHABET, "evt_"),
    keyId: () => draw("key", 16, ALPHABET, "key_"),
    tenantId: () => draw("tenant", 16, ALPHABET, "ten_"),
    webhookId: () => draw("webhook", 24, ALPHABET, "webhook_"),
    deliveryId: () => draw("delivery", 20, ALPHABET, "dlv_"),
    userId: () => draw("user", 16, ALPHABET, "usr_"),
    requestId: () => draw("request", 20, ALPHABET, "req_"),
    publicId: () => draw("publicId", 16, ALPHABET),
    secret: (prefix = "", length = 32) => secretDraw("secret", length, ALPHANUMERIC, prefix),
    token: (prefix = "") => secretDraw("token", 32, ALPHANUMERIC, prefix),
    mfaCode: () => secretDraw("mfaCode", 6, "0123456789"),
    reset: () => {
      streams.clear();
      counters.clear();
    },
  };
  generatorStates.set(generator, {
    save: () => ({
      secretKey,
      streams: [...streams].map(([kind, next]) => [kind, [...next.state]]),
      counters: [...counters],
    }),
    load(saved) {
      secretKey = saved.secretKey;
      streams.clear();
      for (const [kind, state] of saved.streams) streams.set(kind, sfc32(Uint32Array.from(state)));
      counters.clear();
      for (const [kind, counter] of saved.counters) counters.set(kind, counter);
    },
  });
  return generator;
}

/** Where an id generator stands: its streams, secret counters and secret key. */
export interface IdGeneratorState {
  secretKey: string;
  streams: Array<[IdKind, number[]]>;
  counters: Array<[IdKind, number]>;
}

const generatorStates = new WeakMap<
  IdGenerator,
  { save(): IdGeneratorState; load(saved: IdGeneratorState): void }
>();

/**
 * Reads where a generator made by `createIdGenerator` stands, so a restored one continues
 * with exactly the ids and secrets the original would have drawn next; null for another generator.
 */
export function saveIdGeneratorState(generator: IdGenerator): IdGeneratorState | null {
  return generatorStates.get(generator)?.save() ?? null;
}

/** Moves a generator made by `createIdGenerator` to a saved position. Returns false for another generator. */
export function loadIdGeneratorState(generator: IdGenerator, saved: IdGeneratorState): boolean {
  const access = generatorStates.get(generator);
  access?.load(saved);
  return access !== undefined;
}

/** 128-bit string hash (cyrb128) used only to seed the PRNG streams. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** Small fast PRNG (sfc32) over a 4-word state it advances in place; unsigned 32-bit integers. Not for real secrets. */
type Sfc32 = (() => number) & { readonly state: Uint32Array };

function sfc32(state: Uint32Array): Sfc32 {
  const next = () => {
    let a = state[0] as number;
    let b = state[1] as number;
    let c = state[2] as number;
    let d = state[3] as number;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
    return t >>> 0;
  };
  return Object.assign(next, { state });
}
