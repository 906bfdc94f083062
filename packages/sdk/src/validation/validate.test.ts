import { beforeAll, describe, expect, it, vi } from "vitest";
import { ValidationError } from "../errors.js";
import { schemaAt } from "./request-issues.js";
import { loadChecker } from "./request-validators.js";
import { jsonSchemaOf, loadRequestSchemas, withRequestSchemas } from "./schemas.js";
import { assertValidRequest, assertValidScope, requestIssues, scopeInputOf } from "./validate.js";

const NOW = new Date("2026-04-15T10:00:00Z");

describe("lazily loaded request schemas", () => {
  it("are loaded once, by the first call that needs them", async () => {
    expect(() => jsonSchemaOf("emitDelta", "body")).toThrow(/before the schemas were loaded/);
    const ran: string[] = [];
    const first = withRequestSchemas(async () => ran.push("first"));
    expect(loadRequestSchemas()).toBe(loadRequestSchemas());
    await first;
    // Once loaded, a call's body runs synchronously, as it did before lazy loading.
    void withRequestSchemas(async () => ran.push("second"));
    expect(ran).toEqual(["first", "second"]);
    expect(() =>
      withRequestSchemas(() => {
        throw new ValidationError("sync");
      }),
    ).toThrow("sync");
  });
});

describe("a request refused before the checker is loaded", () => {
  it("loads the checker and rejects with the assertion's details, without running the call again", async () => {
    vi.resetModules();
    const fresh = await import("./schemas.js");
    const { assertValidRequest: assertFresh } = await import("./validate.js");
    let runs = 0;
    const invalid = fresh.withRequestSchemas(async () => {
      runs++;
      assertFresh("emitDelta", { body: { customerId: "", delta: 1, reason: "" } });
    });
    await expect(invalid).rejects.toMatchObject({
      name: "ValidationError",
      code: "VALIDATION_ERROR",
      message: expect.stringMatching(/^Invalid emitDelta request: customerId: .+; reason: .+$/),
    });
    expect(runs).toBe(1);
    // Valid requests are cleared by the compiled predicates.
    let validRuns = 0;
    await fresh.withRequestSchemas(async () => {
      validRuns++;
      assertFresh("emitDelta", { body: { customerId: "c", delta: 1, reason: "r" } });
    });
    expect(validRuns).toBe(1);
  });

  it("runs a call that reads requestIssues itself again once the checker is loaded", async () => {
    vi.resetModules();
    const fresh = await import("./schemas.js");
    const { requestIssues: issuesFresh } = await import("./validate.js");
    const found: string[][] = [];
    await fresh.withRequestSchemas(async () => {
      found.push(
        issuesFresh("emitDelta", { body: { customerId: "", delta: 1, reason: "r" } }).map((i) => i.path),
      );
    });
    expect(found).toEqual([["customerId"]]);
  });

  it("reports a refusal made after an await without running the call again", async () => {
    vi.resetModules();
    const fresh = await import("./schemas.js");
    const { assertValidRequest: assertFresh } = await import("./validate.js");
    let sent = 0;
    const call = fresh.withRequestSchemas(async () => {
      sent++; // stands for a request already sent, e.g. the emit of emitAndWait
      await Promise.resolve();
      // e.g. polling a record id the service answered
      assertFresh("getDeltaStatus", { pathParams: { recordId: "not a record id!" } });
    });
    await expect(call).rejects.toMatchObject({
      name: "ValidationError",
      code: "VALIDATION_ERROR",
      message: expect.stringMatching(/^Invalid getDeltaStatus request: recordId: /),
    });
    expect(sent).toBe(1);
  });

  it("is reported by requestIssues until the checker is loaded", async () => {
    vi.resetModules();
    const validators = await import("./request-validators.js");
    const invalid = { body: { customerId: "", delta: 1, reason: "" } };
    expect(
      validators.requestIssues("emitDelta", { body: { customerId: "c", delta: 1, reason: "r" } }),
    ).toEqual([]);
    expect(() => validators.requestIssues("emitDelta", invalid)).toThrow(
      /before the request checker was loaded/,
    );
    await validators.loadChecker();
    expect(validators.requestIssues("emitDelta", invalid).map((issue) => issue.path)).toEqual([
      "customerId",
      "reason",
    ]);
  });
});

describe("the generated request schemas", () => {
  beforeAll(() => loadRequestSchemas());

  it("are null for parts an operation does not have", () => {
    expect(jsonSchemaOf("emitDelta", "body")).not.toBeNull();
    expect(jsonSchemaOf("getUsage", "query")).toBeNull();
    expect(jsonSchemaOf("emitDelta", "pathParams")).toBeNull();
  });

  it("find nested schema nodes by path", () => {
    const body = jsonSchemaOf("emitDeltaBatch", "body");
    expect(schemaAt(body, ["deltas"])?.maxItems).toBe(100);
    expect(schemaAt(body, ["deltas", 7, "reason"])?.maxLength).toBe(500);
    expect(schemaAt(body, ["nope", "deeper"])).toBeNull();
  });
});

describe("requestIssues", () => {
  beforeAll(() => Promise.all([loadRequestSchemas(), loadChecker()]));

  it("returns nothing for a valid request", () => {
    expect(requestIssues("emitDelta", { body: { customerId: "c", delta: 1, reason: "r" } })).toEqual([]);
    expect(requestIssues("deriveBalance", { pathParams: { customerId: "c" }, query: {} })).toEqual([]);
  });

  it("names body fields with dotted paths", () => {
    const issues = requestIssues("emitDeltaBatch", {
      body: {
        deltas: [
          { customerId: "c", delta: 1, reason: "r" },
          { customerId: "c", delta: 1 },
        ],
      },
    });
    expect(issues).toEqual([{ path: "deltas.1.reason", message: expect.any(String) }]);
  });

  it("names path and query parameters by name, path parameters first", () => {
    const issues = requestIssues("deriveBalance", {
      pathParams: { customerId: "has space" },
      query: { limit: 0, granularity: "hour" },
    });
    expect(issues.map((i) => i.path)).toEqual(["customerId", "granularity", "limit"]);
  });

  it("reports each unknown field by its name", () => {
    expect(
      requestIssues("emitDelta", { body: { customerId: "c", delta: 1, reason: "r", amount: 1, note: "x" } }),
    ).toEqual([
      { path: "amount", message: "is not a known field of emitDelta" },
      { path: "note", message: "is not a known field of emitDelta" },
    ]);
    expect(requestIssues("listCustomers", { query: { pageSize: 5 } })).toEqual([
      { path: "pageSize", message: "is not a known parameter of listCustomers" },
    ]);
  });

  it("explains a failed anyOf with the spec's description", () => {
    const [issue] = requestIssues("compareBalances", {
      body: { customerId: "c", yourBalance: 1, theirBalance: 1, startDate: "01/02/2026" },
    });
    expect(issue).toEqual({
      path: "startDate",
      message: "Invalid value. An ISO 8601 date (`2026-04-01`, read as midnight UTC) or date-time.",
    });
  });

  it("counts string lengths in code points, as JSON Schema does", () => {
    const body = (reason: string) => ({ body: { customerId: "c", delta: 1, reason } });
    expect(requestIssues("emitDelta", body("é".repeat(500)))).toEqual([]);
    expect(requestIssues("emitDelta", body("𝄞".repeat(500)))).toEqual([]);
    expect(requestIssues("emitDelta", body("𝄞".repeat(501))).map((i) => i.path)).toEqual(["reason"]);
  });

  it("names the whole body when it is not an object", () => {
    expect(requestIssues("emitDelta", { body: "text" })).toEqual([
      { path: "body", message: expect.any(String) },
    ]);
  });
});

describe("assertValidRequest", () => {
  beforeAll(() => Promise.all([loadRequestSchemas(), loadChecker()]));

  it("throws a ValidationError without status, listing every detail in the message", () => {
    let error: unknown;
    try {
      assertValidRequest("emitDelta", { body: { customerId: "", delta: 1, reason: "" } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: "VALIDATION_ERROR", status: undefined, requestId: undefined });
    expect((error as Error).message).toMatch(/^Invalid emitDelta request: customerId: .+; reason: .+$/);
  });
});

describe("assertValidScope", () => {
  beforeAll(() => loadRequestSchemas());

  const check =
    (input: Record<string, unknown>, allowCheckpoint = true) =>
    () =>
      assertValidScope("deriveBalance", scopeInputOf(input), { allowCheckpoint, now: NOW });

  it("accepts every single way to scope", () => {
    expect(check({})).not.toThrow();
    expect(check({ period: "2026-04" })).not.toThrow();
    expect(check({ timePreset: "current_month" })).not.toThrow();
    expect(check({ timePreset: "custom", startDate: "2026-01-01", endDate: "2026-02-01" })).not.toThrow();
    expect(check({ startDate: "2026-01-01T00:00:00Z", endDate: "2026-02-01T00:00:00Z" })).not.toThrow();
    expect(check({ startingCheckpoint: `0x${"1".repeat(64)}` })).not.toThrow();
    expect(check({ startingCheckpoint: "rec_1", startingCheckpointType: "anchorId" })).not.toThrow();
  });

  it("throws INVALID_SCOPE_COMBINATION with the offending field", () => {
    expect(check({ period: "2026-01", endDate: "2026-02-01" })).toThrow(
      expect.objectContaining({
        code: "INVALID_SCOPE_COMBINATION",
        details: [expect.objectContaining({ path: "period" })],
      }),
    );
    expect(
      check({ startingCheckpoint: "rec_1", startingCheckpointType: "recordId", timePreset: "custom" }),
    ).toThrow(
      expect.objectContaining({
        code: "INVALID_SCOPE_COMBINATION",
        details: [expect.objectContaining({ path: "timePreset" })],
      }),
    );
  });

  it("refuses a checkpoint where the operation takes none", () => {
    expect(check({ startingCheckpoint: "rec_1" }, false)).toThrow(
      expect.objectContaining({
        code: "INVALID_SCOPE_COMBINATION",
        details: [expect.objectContaining({ path: "startingCheckpoint" })],
      }),
    );
  });

  it("never reports SCOPE_TOO_WIDE: width limits are the tenant's, checked by the server", () => {
    expect(check({ startDate: "2000-01-01", endDate: "2026-01-01" })).not.toThrow();
  });

  it("reads only string scope fields", () => {
    expect(scopeInputOf({ period: "2026-01", timePreset: 3, other: "x" })).toEqual({ period: "2026-01" });
  });
});
