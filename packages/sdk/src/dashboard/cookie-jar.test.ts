import { describe, expect, it } from "vitest";
import { CookieJar } from "./cookie-jar.js";

const NOW = Date.UTC(2026, 3, 1, 8);

function setting(...lines: string[]): Headers {
  const headers = new Headers();
  for (const line of lines) headers.append("Set-Cookie", line);
  return headers;
}

describe("CookieJar", () => {
  it("keeps each cookie's name and value and sends them back as one Cookie header", () => {
    const jar = new CookieJar();
    expect(jar.header()).toBeUndefined();
    jar.store(
      setting(
        "pacspace_session=abc.def; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=43200",
        "pacspace_refresh=xyz=; Path=/dashboard; HttpOnly; Expires=Wed, 01 Apr 2026 20:00:00 GMT",
      ),
      NOW,
    );
    expect(jar.header()).toBe("pacspace_session=abc.def; pacspace_refresh=xyz=");
    jar.store(setting("pacspace_session=next; Path=/"), NOW);
    expect(jar.header()).toBe("pacspace_session=next; pacspace_refresh=xyz=");
  });

  it("drops a cookie cleared by Max-Age=0, an Expires in the past or an empty value", () => {
    const jar = new CookieJar();
    jar.store(setting("a=1", "b=2", "c=3", "d=4"), NOW);
    jar.store(
      setting(
        "a=; Path=/; Max-Age=0",
        "b=2; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
        "c=",
        "d=5; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
      ),
      NOW,
    );
    expect(jar.header()).toBe("d=5");
    jar.clear();
    expect(jar.size).toBe(0);
  });

  it("ignores lines without a name", () => {
    const jar = new CookieJar();
    jar.store(setting("=nameless", "novalue", "ok=1"), NOW);
    expect(jar.header()).toBe("ok=1");
  });

  it("splits a joined Set-Cookie value where the runtime has no getSetCookie", () => {
    const jar = new CookieJar();
    const joined = new Headers({
      "set-cookie": "a=1; Expires=Wed, 01 Apr 2026 20:00:00 GMT; HttpOnly, b=2; Path=/",
    });
    Object.defineProperty(joined, "getSetCookie", { value: undefined });
    jar.store(joined, NOW);
    expect(jar.header()).toBe("a=1; b=2");
  });
});
