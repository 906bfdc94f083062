/**
 * Which webhook receiver URLs the mock refuses: those that point at the mock server itself,
 * so a delivery (or the test delivery) cannot drive its own control API. A URL points at
 * the server when its port is the server's and its host is a loopback or wildcard name
 * (localhost, 127.0.0.0/8, ::1, 0.0.0.0, ::) or one of the server's own addresses.
 * Loopback receivers on other ports stay allowed; `allowUrls` (prefixes) lets a test
 * that needs one through. In-process (MSW) mocks have no address of their own and refuse
 * nothing.
 */

export interface ServerAddress {
  port: number;
  /** The server's own host names and addresses besides the loopback ones (lowercase, no brackets). */
  hosts: readonly string[];
}

export interface ReceiverUrlPolicy {
  /** Why `url` is refused, or null when it is accepted. */
  refusal(url: URL): string | null;
}

export function receiverUrlPolicy(
  self: ServerAddress | undefined,
  allowUrls: readonly string[] = [],
): ReceiverUrlPolicy {
  const ownHosts = new Set(self?.hosts.map(bare) ?? []);
  return {
    refusal(url) {
      if (self === undefined) return null;
      const port = url.port === "" ? (url.protocol === "https:" ? 443 : 80) : Number(url.port);
      if (port !== self.port) return null;
      const host = bare(url.hostname);
      if (!isLoopbackOrWildcard(host) && !ownHosts.has(host)) return null;
      if (allowUrls.some((prefix) => url.href.startsWith(prefix))) return null;
      return `must not point at this mock server itself (port ${self.port}); allow it with the webhooks.allowUrls option (--allow-webhook-url) if a test needs it`;
    },
  };
}

function bare(host: string): string {
  return host.toLowerCase().replace(/^\[(.*)\]$/, "$1");
}

/** Host names and addresses that reach this machine whatever it is called. */
export function isLoopbackOrWildcard(host: string): boolean {
  const name = bare(host).replace(/\.$/, "");
  return (
    name === "localhost" ||
    name.endsWith(".localhost") ||
    /^127\.\d+\.\d+\.\d+$/.test(name) ||
    name === "0.0.0.0" ||
    name === "::" ||
    name === "::1" ||
    /^::ffff:(127\.\d+\.\d+\.\d+|7f[0-9a-f]{2}:[0-9a-f]{1,4}|0\.0\.0\.0|0:0)$/.test(name)
  );
}

/** A host that only this machine can reach (`0.0.0.0` and `::` listen on every address, so they are not). */
export function isLoopbackHost(host: string): boolean {
  const name = bare(host);
  return isLoopbackOrWildcard(name) && name !== "0.0.0.0" && name !== "::";
}
