import { describe, expect, it } from "vitest";
import { fromFetchRequest } from "./exchange.js";

describe("fromFetchRequest", () => {
  it("splits the URL as the URL parser does: host, escaped path, query without the fragment", async () => {
    for (const sent of [
      "https://app.pacspace.io/api/v1/balance/delta",
      "http://App.Example.com:80/a/../b c?x=1 2#frag",
      "http://[::1]:8080/x?",
      "http://h/p#a?b",
      "http://h/?q",
      "http://h:81/a/b?c=d?e#f#g",
      "http://h/p?#x",
    ]) {
      const request = new Request(sent);
      const url = new URL(request.url);
      const { host, path, search } = await fromFetchRequest(request);
      expect({ host, path, search }, sent).toEqual({
        host: url.host,
        path: url.pathname,
        search: url.search,
      });
    }
  });

  it("reads the method, lower-case headers and the body once; an empty body is none", async () => {
    const request = new Request("http://h/p", {
      method: "post",
      headers: { "X-Api-Key": "pk_test_a.b", "Content-Type": "application/json" },
      body: '{"a":1}',
    });
    const read = await fromFetchRequest(request);
    expect(read.method).toBe("POST");
    expect(read.headers).toEqual({ "x-api-key": "pk_test_a.b", "content-type": "application/json" });
    expect(new TextDecoder().decode(read.body as Uint8Array)).toBe('{"a":1}');
    expect((await fromFetchRequest(new Request("http://h/p", { method: "POST", body: "" }))).body).toBeNull();
  });
});
