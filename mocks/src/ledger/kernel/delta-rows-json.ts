import type { DeltaRow } from "./api-types.js";
import type { DeltaState, DeltaStore } from "./delta-store.js";
import { iso } from "./scope.js";

/**
 * A page of deltas written straight as the JSON text of its `DeltaRow`s: the bytes of
 * `JSON.stringify(records.map(deltaRow))` without a row object per delta. Rows of a page
 * mostly share their customer, status, write (receiptId), verification batch
 * (verificationReference) and millisecond: such a text is made once per run of rows that
 * share it. The page's content hashes are made in one text. Nothing outlives the page.
 */

/** A field's JSON text for row `row`, the page's `index`th. */
type FieldText = (page: Page, row: number, index: number) => string;

/** Strings `JSON.stringify` writes as they are: printable ASCII but `"` and `\`. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function stringText(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}

function nullableStringText(text: string | null): string {
  return text === null ? "null" : stringText(text);
}

/** `JSON.stringify` of a number, without the call. */
function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : "null";
}

/** `JSON.stringify` of an object or null. */
function objectText(value: object | null): string {
  return value === null ? "null" : JSON.stringify(value);
}

/** An ISO instant or null as JSON. */
function instantText(ms: number | null): string {
  return ms === null ? "null" : `"${iso(ms)}"`;
}

/** Every field of a `DeltaRow`, in the order `deltaRow` writes them, as JSON text. */
const FIELDS: { [Field in keyof Required<DeltaRow>]: FieldText } = {
  recordId: (page, row) => stringText(page.store.recordId(row)),
  customerId: (page, row) => page.customerId.text(page.store.customerId(row), stringText),
  delta: (page, row) => numberText(page.store.delta(row)),
  reason: (page, row) => stringText(page.store.reason(row)),
  referenceId: (page, row) => nullableStringText(page.store.extrasOf(row)?.referenceId ?? null),
  adjusts: (page, row) => objectText(page.store.extrasOf(row)?.adjusts ?? null),
  status: (page, row) => page.status.text(page.store.status(row), stringText),
  sequenceNumber: (page, row) => numberText(page.store.sequenceNumber(row)),
  contentHash: (page, _row, index) => page.hashes.slice(index * 68, index * 68 + 68),
  receiptId: (page, row) =>
    page.receiptId.text(page.store.acceptanceNumber(row), () => stringText(page.store.receiptId(row))),
  createdAt: (page, row) => page.createdAt.text(page.store.createdAt(row), instantText),
  verifiedAt: (page, row) => page.verifiedAt.text(page.store.verifiedAt(row), instantText),
  verificationReference: (page, row) =>
    page.reference.text(page.store.anchorIndex(row), () =>
      nullableStringText(page.store.anchor(row)?.verificationReference ?? null),
    ),
  error: (page, row) => objectText(page.store.extrasOf(row)?.error ?? null),
};

const NAMES = Object.keys(FIELDS);
const TEXTS = Object.values(FIELDS) as FieldText[];
const COUNT = NAMES.length;
/** `{"recordId":`, then `,"customerId":`, …: what precedes each field's value. */
const PREFIXES = NAMES.map((name, i) => `${i === 0 ? "{" : ","}${JSON.stringify(name)}:`);
/** What follows field `i`'s value: the next field's prefix, or the row's end. */
const FOLLOWERS = NAMES.map((_, i) => (i + 1 < COUNT ? (PREFIXES[i + 1] as string) : "}"));

/** The text last made from a source, made again only when the source changes. */
class Memo<Source> {
  private source: Source | undefined;
  private made = "";

  text(source: Source, make: (source: Source) => string): string {
    if (this.made === "" || source !== this.source) {
      this.source = source;
      this.made = make(source);
    }
    return this.made;
  }
}

/** One page being written. */
class Page {
  /** Texts the rows of a page mostly share, by what they are made from. */
  readonly customerId = new Memo<string>();
  readonly status = new Memo<string>();
  /** By the write that accepted the row. */
  readonly receiptId = new Memo<number>();
  readonly createdAt = new Memo<number>();
  readonly verifiedAt = new Memo<number | null>();
  /** By the row's anchor log entry. */
  readonly reference = new Memo<number>();

  constructor(
    readonly store: DeltaStore,
    /** The page's content hashes as JSON strings, 68 characters each. */
    readonly hashes: string,
  ) {}
}

/** The JSON array of `records` as `DeltaRow`s; every record must be a row of `store`. */
export function deltaRowsJson(store: DeltaStore, records: readonly DeltaState[]): string {
  const page = new Page(store, store.contentHashesJson(records));
  // pieces joined with `+` (a rope: the answer is copied out of it once, when it is written)
  let text = "[";
  for (let index = 0; index < records.length; index++) {
    const row = (records[index] as DeltaState).row;
    text += index === 0 ? PREFIXES[0] : `,${PREFIXES[0]}`;
    for (let field = 0; field < COUNT; field++) {
      text += (TEXTS[field] as FieldText)(page, row, index) + (FOLLOWERS[field] as string);
    }
  }
  return `${text}]`;
}
