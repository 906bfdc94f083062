import { errorAnswer } from "../handlers/pipeline.js";
import { jsonResponse, successBody } from "../handlers/responses.js";
import type { Route } from "../handlers/route.js";
import { type FieldIssue, validationError } from "../ledger/kernel/ledger-error.js";
import type { RecordFailSelector, RecordStore } from "./record-store.js";

/** Method and path of every records control operation (spec/mock-control.yaml), for 405 answers. */
export const RECORD_CONTROL_OPERATIONS: ReadonlyArray<{ method: string; path: string }> = [
  { method: "POST", path: "/__mock/records/fail" },
];

const TEXT_FIELDS = ["recordType", "record", "code", "sentence"] as const;

/**
 * `POST /__mock/records/fail`: entries matching `{recordType?, record?, referenceIds?}` fail
 * when they settle, with `code` / `sentence` (default `RECORD_COMMIT_FAILED`), until the next
 * reset. Entries commit with `POST /__mock/verify`, like deltas.
 */
export function recordControlRoutes(
  records: RecordStore,
  nextRequestId: () => string,
  onInternalError: (error: unknown, request: Request) => void,
): Route[] {
  return [
    {
      method: "POST",
      path: "/__mock/records/fail",
      async resolve(request) {
        const requestId = nextRequestId();
        const headers = new Headers({ "X-Request-Id": requestId });
        try {
          const selector = readFailSelector(await request.text());
          records.failWhen(selector);
          return jsonResponse(200, successBody(selector), headers);
        } catch (error) {
          return errorAnswer(error, requestId, headers, request, { onInternalError });
        }
      },
    },
  ];
}

/** Reads and checks the body of `POST /__mock/records/fail`. Errors: VALIDATION_ERROR. */
export function readFailSelector(text: string): RecordFailSelector {
  let body: unknown;
  try {
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw validationError(
      [{ path: "/", message: "must be valid JSON" }],
      "The request body is not valid JSON",
    );
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw validationError([{ path: "/", message: "must be a JSON object" }]);
  }
  const fields = body as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  const selector: RecordFailSelector = {};
  for (const [name, value] of Object.entries(fields)) {
    if ((TEXT_FIELDS as readonly string[]).includes(name)) {
      if (typeof value !== "string" || value === "")
        issues.push({ path: `/${name}`, message: "must be a non-empty string" });
      else selector[name as (typeof TEXT_FIELDS)[number]] = value;
    } else if (name === "referenceIds") {
      if (
        !Array.isArray(value) ||
        value.length === 0 ||
        !value.every((id) => typeof id === "string" && id !== "")
      ) {
        issues.push({ path: "/referenceIds", message: "must be a non-empty array of non-empty strings" });
      } else selector.referenceIds = value as string[];
    } else {
      issues.push({ path: `/${name}`, message: "is not an accepted field" });
    }
  }
  if (issues.length > 0) throw validationError(issues);
  return selector;
}
