/**
 * The cookies a dashboard session rests on, for runtimes without a browser's cookie store
 * (Node, Deno, Bun, workers): kept from `Set-Cookie` answers and sent back as `Cookie`,
 * as `curl -c/-b` does in the docs' quick start. The jar serves one origin (the client's
 * base URL), so Domain and Path are not tracked. A cookie set with `Max-Age` ≤ 0 or an
 * `Expires` in the past is dropped (that is how a logout clears it). Browsers hide
 * `Set-Cookie` from scripts, so there the jar stays empty and the browser's store is used.
 */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  get size(): number {
    return this.#cookies.size;
  }

  /** The `Cookie` header value, or undefined when the jar is empty. */
  header(): string | undefined {
    if (this.#cookies.size === 0) return undefined;
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** Keeps (or drops) the cookies `headers` set. */
  store(headers: Headers, nowMs: number = Date.now()): void {
    for (const line of setCookieLines(headers)) {
      const cookie = parseSetCookie(line, nowMs);
      if (cookie === undefined) continue;
      if (cookie.expired || cookie.value === "") this.#cookies.delete(cookie.name);
      else this.#cookies.set(cookie.name, cookie.value);
    }
  }

  clear(): void {
    this.#cookies.clear();
  }
}

/** Each `Set-Cookie` of an answer (`getSetCookie` where the runtime has it). */
function setCookieLines(headers: Headers): string[] {
  const withList = headers as Headers & { getSetCookie?: () => string[] };
  if (typeof withList.getSetCookie === "function") return withList.getSetCookie();
  const joined = headers.get("set-cookie");
  // Joined values are split at commas that start a new `name=`, not at the comma of an Expires date.
  return joined === null ? [] : joined.split(/,(?=\s*[^;,=\s]+=)/);
}

function parseSetCookie(
  line: string,
  nowMs: number,
): { name: string; value: string; expired: boolean } | undefined {
  const [pair = "", ...attributes] = line.split(";");
  const index = pair.indexOf("=");
  if (index <= 0) return undefined;
  const name = pair.slice(0, index).trim();
  const value = pair.slice(index + 1).trim();
  if (name === "") return undefined;
  let expired = false;
  for (const attribute of attributes) {
    const [key = "", ...rest] = attribute.split("=");
    const setting = rest.join("=").trim();
    switch (key.trim().toLowerCase()) {
      case "max-age": {
        const seconds = Number(setting);
        // Max-Age wins over Expires (RFC 6265 §5.3).
        if (Number.isFinite(seconds)) return { name, value, expired: seconds <= 0 };
        break;
      }
      case "expires": {
        const at = Date.parse(setting);
        if (Number.isFinite(at)) expired = at <= nowMs;
        break;
      }
    }
  }
  return { name, value, expired };
}
