import { describe, expect, it } from "vitest";
import { BASE_URL, createTestMock } from "./support/harness.js";
import { pdfText } from "./support/pdf-text.js";

// https://docs.pacspace.io/dashboard-api/middleware-verified-records/ lists JSON, CSV, PDF and
// bundle exports of a customer's verified record; the CSV and PDF layouts are the toolkit's own.
const VENDOR = "cmw_vendor_123";
const EXPORT = "/api/v1/middleware/customers/cust_a/export";
const COLUMNS = [
  "sequenceNumber",
  "recordId",
  "customerId",
  "createdAt",
  "delta",
  "reason",
  "referenceId",
  "adjustsReferenceId",
  "adjustsRecordId",
  "status",
  "verifiedAt",
  "verificationReference",
  "contentHash",
  "receiptId",
];
const AWKWARD_REASON = 'Inference, "batch 7"\nÜberweisung 東京';

/** RFC 4180, strictly: every record ends in CRLF, quoted fields double their quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error("unterminated quoted field");
        value += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        value += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      if (end < 0) throw new Error("record without CRLF");
      value = text.slice(i, i + end);
      if (/["\r\n]/.test(value)) throw new Error(`unquoted field holds a quote or line break: ${value}`);
      i += end;
    }
    record.push(value);
    if (text[i] === ",") i++;
    else if (text.startsWith("\r\n", i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} after a field`);
  }
  return records;
}

async function middlewareMock() {
  const mock = createTestMock({ verification: "immediate" });
  const configured = await mock.api("POST", "/__mock/middleware/tenants", {
    body: { vendorAccounts: [{ vendorAccountId: VENDOR, displayName: "Acme Inference" }] },
  });
  expect(configured.status).toBe(200);
  return mock;
}

/** Three verified records of cust_a: an awkward reason, a 17-digit amount, an adjustment. */
async function seeded() {
  const mock = await middlewareMock();
  const emits = [
    {
      customerId: "cust_a",
      delta: -10,
      reason: AWKWARD_REASON,
      referenceId: "usage:1",
      vendorAccountId: VENDOR,
    },
    { customerId: "cust_a", delta: -12.345678901234567, reason: "exact", vendorAccountId: VENDOR },
    {
      customerId: "cust_a",
      delta: 2.5,
      reason: "refund",
      adjusts: { referenceId: "usage:1" },
      vendorAccountId: VENDOR,
    },
  ];
  for (const body of emits) {
    expect((await mock.api("POST", "/api/v1/balance/delta", { body })).status).toBe(201);
  }
  await mock.api("POST", "/api/v1/balance/checkpoint", {
    body: { customerId: "cust_a", vendorAccountId: VENDOR },
  });
  return mock;
}

describe("GET /api/v1/middleware/customers/{customerId}/export?format=csv", () => {
  it("has a header row and one RFC 4180 row per record of the JSON export, field for field", async () => {
    const mock = await seeded();
    const json = await mock.api("GET", EXPORT);
    const records = json.body.data.records as Array<Record<string, unknown>>;
    expect(records).toHaveLength(3);
    // the amounts as the JSON text writes them (JSON.parse would round the exact one)
    const amounts = Array.from(json.text.matchAll(/"delta":(-?[0-9.eE+-]+)/g), (match) => match[1]);
    expect(amounts).toEqual(["-10", "-12.345678901234567", "2.5"]);

    const response = await mock.fetch(`${mockBase(mock)}${EXPORT}?format=csv`, { headers: keyOf(mock) });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="cust_a-export.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.slice(0, 3)).not.toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = parseCsv(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    expect(header).toEqual(COLUMNS);

    const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));
    const expected = records.map((record, index) => [
      text(record.sequenceNumber),
      text(record.recordId),
      text(record.customerId),
      text(record.createdAt),
      amounts[index],
      text(record.reason),
      text(record.referenceId),
      text((record.adjusts as { referenceId?: string } | null)?.referenceId),
      text((record.adjusts as { recordId?: string } | null)?.recordId),
      text(record.status),
      text(record.verifiedAt),
      text(record.verificationReference),
      text(record.contentHash),
      text(record.receiptId),
    ]);
    expect(rows).toEqual(expected);
    expect(rows[0]?.[5]).toBe(AWKWARD_REASON);
    expect(rows[2]?.slice(6, 9)).toEqual(["", "usage:1", ""]);
  });

  it("is the header alone for a customer with no verified record", async () => {
    const mock = createTestMock({ verification: "manual" });
    await mock.api("POST", "/__mock/middleware/tenants", {
      body: { vendorAccounts: [{ vendorAccountId: VENDOR }] },
    });
    await mock.api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_a", delta: -1, reason: "queued", vendorAccountId: VENDOR },
    });
    const response = await mock.fetch(`${mockBase(mock)}${EXPORT}?format=csv`, { headers: keyOf(mock) });
    expect(await response.text()).toBe(`${COLUMNS.join(",")}\r\n`);
  });
});

describe("GET /api/v1/middleware/customers/{customerId}/export?format=pdf", () => {
  it("is a PDF table of the same rows, with the totals", async () => {
    const mock = await seeded();
    const records = (await mock.api("GET", EXPORT)).body.data.records as Array<Record<string, string>>;
    const response = await mock.fetch(`${mockBase(mock)}${EXPORT}?format=pdf`, { headers: keyOf(mock) });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="cust_a-export.pdf"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    const { text } = await pdfText(bytes);
    expect(text).toContain("Customer: cust_a");
    expect(text).toContain("Recorded by: Acme Inference (cmw_vendor_123)");
    for (const record of records) expect(text).toContain(record.createdAt);
    // the line break prints as a space; 東京 is outside the standard fonts' WinAnsi
    expect(text).toContain('Inference, "batch 7" Überweisung ?? [usage:1]');
    expect(text).toContain("-12.345678901234567");
    expect(text).toContain("Records: 3");
    expect(text).toContain("Sum of amounts: -19.845678901234567");
  });
});

describe("export errors keep the JSON error envelope", () => {
  it("an unknown format is a 400 VALIDATION_ERROR naming format", async () => {
    const mock = await seeded();
    const answer = await mock.api("GET", `${EXPORT}?format=xml`);
    expect([answer.status, answer.body.error.code]).toEqual([400, "VALIDATION_ERROR"]);
    expect(answer.body.error.details).toEqual([{ path: "format", message: expect.any(String) }]);
  });

  it("a tenant that is not billing middleware gets the same 403 for every format", async () => {
    const mock = createTestMock();
    const answers = [];
    for (const format of ["json", "bundle", "csv", "pdf"]) {
      const answer = await mock.api("GET", `${EXPORT}?format=${format}`);
      expect(answer.headers.get("Content-Type")).toBe("application/json");
      const { requestId, ...error } = answer.body.error;
      expect(requestId).toBe(answer.headers.get("X-Request-Id"));
      answers.push([answer.status, error]);
    }
    expect(answers[0]).toEqual([403, expect.objectContaining({ code: "FORBIDDEN" })]);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it("an unknown customer and a missing key answer as for JSON", async () => {
    const mock = await seeded();
    for (const format of ["csv", "pdf"]) {
      const unknown = await mock.api("GET", `/api/v1/middleware/customers/cust_zz/export?format=${format}`);
      expect([unknown.status, unknown.body.error.code]).toEqual([404, "CUSTOMER_NOT_FOUND"]);
      const keyless = await mock.api("GET", `${EXPORT}?format=${format}`, { apiKey: null });
      expect(keyless.status).toBe(401);
      expect(keyless.body.error.code).toBe((await mock.api("GET", EXPORT, { apiKey: null })).body.error.code);
    }
  });
});

function mockBase(mock: ReturnType<typeof createTestMock>): string {
  return mock.pacspace.baseUrl === "*" ? BASE_URL : mock.pacspace.baseUrl;
}

function keyOf(mock: ReturnType<typeof createTestMock>): Record<string, string> {
  return { "X-Api-Key": mock.pacspace.defaultTenant?.apiKey ?? "" };
}
