/** `value` without trailing slashes, after checking it is an absolute http(s) URL without credentials. */
export function normalizeUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${name} must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password) {
    throw new TypeError(`${name} must be an http(s) URL without credentials, got ${JSON.stringify(value)}`);
  }
  return value.replace(/\/+$/, "");
}
