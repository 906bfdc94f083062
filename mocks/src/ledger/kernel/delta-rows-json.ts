import type { DeltaError } from "./api-types.js";
import type { DeltaState, DeltaStore } from "./delta-store.js";
import { iso } from "./scope.js";

/**
 * A page of deltas written straight as the JSON text of its `DeltaRow`s: the bytes of
 * `JSON.stringify(records.map(deltaRow))` without a row object per delta (a fast-check
 * property holds the two byte-identical, field order included).
 *
 * The text is a rope, copied out once when the answer is written; that copy walks every
 * piece, so a row is written in few pieces. Rows of a page mostly share their customer,
 * status, write (receiptId), instants and verification batch: the texts between the
 * per-row values are made once per run of rows that share them, as flat strings.
 */

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

/** One string of `parts`, flat: a rope piece appended to many rows would be walked once per row. */
function flat(...parts: string[]): string {
  return parts.join("");
}

/**
 * The texts between a row's own values, each remade only when what it is made from changes
 * from one row to the next.
 */
class SharedTexts {
  private customerId: string | undefined;
  /** `,"customerId":…,"delta":` */
  private customerText = "";
  private status: string | undefined;
  /** `,"referenceId":null,"adjusts":null,"status":…,"sequenceNumber":` */
  private plainStatusText = "";
  private acceptance = -1;
  private createdAt = Number.NaN;
  private verifiedAt: number | null = null;
  private anchorIndex = -2;
  /** `,"receiptId":…,"createdAt":…,"verifiedAt":…,"verificationReference":…,"error":null}` */
  private tailText = "";

  constructor(private readonly store: DeltaStore) {}

  customer(row: number): string {
    const customerId = this.store.customerId(row);
    if (customerId !== this.customerId) {
      this.customerId = customerId;
      this.customerText = flat(',"customerId":', stringText(customerId), ',"delta":');
    }
    return this.customerText;
  }

  /** For a row without a referenceId or adjusts. */
  plainStatus(row: number): string {
    const status = this.store.status(row);
    if (status !== this.status) {
      this.status = status;
      this.plainStatusText = statusText(this.store, row);
    }
    return this.plainStatusText;
  }

  /** For a row without an error. */
  tail(row: number): string {
    const { store } = this;
    const acceptance = store.acceptanceNumber(row);
    const createdAt = store.createdAt(row);
    const verifiedAt = store.verifiedAt(row);
    const anchorIndex = store.anchorIndex(row);
    if (
      acceptance !== this.acceptance ||
      !Object.is(createdAt, this.createdAt) ||
      !Object.is(verifiedAt, this.verifiedAt) ||
      anchorIndex !== this.anchorIndex
    ) {
      this.acceptance = acceptance;
      this.createdAt = createdAt;
      this.verifiedAt = verifiedAt;
      this.anchorIndex = anchorIndex;
      this.tailText = tailText(store, row, null);
    }
    return this.tailText;
  }
}

/** `,"referenceId":…,"adjusts":…,"status":…,"sequenceNumber":` of any row. */
function statusText(store: DeltaStore, row: number): string {
  const extras = store.extrasOf(row);
  return flat(
    ',"referenceId":',
    nullableStringText(extras?.referenceId ?? null),
    ',"adjusts":',
    objectText(extras?.adjusts ?? null),
    ',"status":',
    stringText(store.status(row)),
    ',"sequenceNumber":',
  );
}

/** `,"receiptId":…` to the row's closing `}`. */
function tailText(store: DeltaStore, row: number, error: DeltaError | null): string {
  return flat(
    ',"receiptId":',
    stringText(store.receiptId(row)),
    ',"createdAt":',
    instantText(store.createdAt(row)),
    ',"verifiedAt":',
    instantText(store.verifiedAt(row)),
    ',"verificationReference":',
    nullableStringText(store.anchor(row)?.verificationReference ?? null),
    ',"error":',
    objectText(error),
    "}",
  );
}

/** The JSON array of `records` as `DeltaRow`s; every record must be a row of `store`. */
export function deltaRowsJson(store: DeltaStore, records: readonly DeltaState[]): string {
  const hashes = store.contentHashesJson(records);
  const shared = new SharedTexts(store);
  let text = "[";
  for (let index = 0; index < records.length; index++) {
    const row = (records[index] as DeltaState).row;
    const extras = store.extrasOf(row);
    const error = extras?.error ?? null;
    const status =
      extras?.referenceId == null && extras?.adjusts == null
        ? shared.plainStatus(row)
        : statusText(store, row);
    const hash = hashes.slice(index * 68, index * 68 + 68);
    const tail = error === null ? shared.tail(row) : tailText(store, row, error);
    // one template: each row adds few pieces to the rope
    text += `${index === 0 ? "" : ","}{"recordId":${stringText(store.recordId(row))}${shared.customer(row)}${numberText(store.delta(row))},"reason":${stringText(store.reason(row))}${status}${numberText(store.sequenceNumber(row))},"contentHash":${hash}${tail}`;
  }
  return `${text}]`;
}
