import type { DeltaRow } from "./api-types.js";
import type { DeltaState, DeltaStore } from "./delta-store.js";
import { iso } from "./scope.js";

/**
 * A page of deltas written straight as the JSON text of its `DeltaRow`s: the bytes of
 * `JSON.stringify(records.map(deltaRow))` without a row object per delta.
 *
 * Rows of a page mostly share most of their values (customer, status, their write's
 * receiptId, their batch's verificationReference, their millisecond), so each row is
 * written as the values that differ from the row before it, between runs of text already
 * written for the values that do not. The page's content hashes are made in one text.
 * Nothing outlives the page.
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
/** What follows field `i`'s value when field `i + 1` is written apart: its prefix, or the row's end. */
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
  /** The previous row's texts, by field. */
  readonly previous: string[] = new Array(COUNT).fill("");
  /**
   * Per field `f` that starts a run of fields equal to the previous row's: the run's text
   * (its values with their prefixes and what follows), the run's last field, and the row
   * that wrote it.
   */
  readonly runs: string[] = new Array(COUNT).fill("");
  readonly runEnds: number[] = new Array(COUNT).fill(-1);
  readonly runRows: number[] = new Array(COUNT).fill(-1);
  /** Per field: the last page row whose value differed from the row before. */
  readonly changed: number[] = new Array(COUNT).fill(0);
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
  const { previous, runs, runEnds, runRows, changed } = page;
  const values: string[] = new Array(COUNT).fill("");
  let text = "[";
  for (let index = 0; index < records.length; index++) {
    const row = (records[index] as DeltaState).row;
    for (let field = 0; field < COUNT; field++) {
      const value = (TEXTS[field] as FieldText)(page, row, index);
      values[field] = value;
      if (index === 0 || value !== previous[field]) changed[field] = index;
    }
    text += index === 0 ? PREFIXES[0] : `,${PREFIXES[0]}`;
    for (let field = 0; field < COUNT; ) {
      if (changed[field] === index) {
        text += (values[field] as string) + (FOLLOWERS[field] as string);
        field++;
        continue;
      }
      // a run of values equal to the previous row's: its text is reused while none changes
      let end = field;
      let lastChange = changed[field] as number;
      while (end + 1 < COUNT && changed[end + 1] !== index) {
        end++;
        lastChange = Math.max(lastChange, changed[end] as number);
      }
      if (runEnds[field] !== end || (runRows[field] as number) <= lastChange) {
        const parts: string[] = [];
        for (let i = field; i <= end; i++) {
          if (i > field) parts.push(PREFIXES[i] as string);
          parts.push(values[i] as string);
        }
        parts.push(FOLLOWERS[end] as string);
        runs[field] = parts.join("");
        runEnds[field] = end;
        runRows[field] = index;
      }
      text += runs[field] as string;
      field = end + 1;
    }
    for (let field = 0; field < COUNT; field++) previous[field] = values[field] as string;
  }
  return `${text}]`;
}
