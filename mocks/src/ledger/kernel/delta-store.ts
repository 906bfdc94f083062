import type { AnchorEntry, Schedule } from "./anchor-log.js";
import type { Adjusts, DeltaError, RecordStatus } from "./api-types.js";
import { Decimal, type Hex } from "./core.js";
import { readHashInto, writeHexDigits } from "./hash-hex.js";
import { ProbeTable } from "./probe-table.js";

/**
 * Where one ledger (a tenant's sandbox or production) keeps its deltas: columns, not one
 * JS object of 20 fields per delta. A million deltas are a million rows of typed arrays
 * (numbers, the 32-byte content hash, small indexes), two string columns (recordId, reason)
 * and a sparse map for the optional fields. Each delta still has its own small
 * `DeltaState` object (identity for the log's lists and maps), whose fields read and write
 * the columns; the rest of the ledger uses it like a plain record. The writes that accepted
 * the rows (their receipt root, first row, row count and verification schedule) are
 * columns too, so a write of one delta adds no object beyond its DeltaState.
 *
 * Rows are only appended, or cut back by `truncate` when a write rolls back. The verifier
 * changes a row's status, verification time, anchor and item index, and its error.
 */

/** Rows per chunk of a column: growth allocates a new chunk instead of copying the column. */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;
const FIRST_CHUNK_ROWS = 16;

const ARRAY_TYPES = { Float64Array, Int32Array, Uint8Array };
type ArrayType = keyof typeof ARRAY_TYPES;
type NumericArray = InstanceType<(typeof ARRAY_TYPES)[ArrayType]>;

/**
 * A growable column of `width` numbers per row. The first chunk starts small and doubles.
 * It names its array type rather than holding a constructor, so it is plain data.
 */
class Column {
  private readonly chunks: NumericArray[] = [];

  constructor(
    private readonly type: ArrayType,
    private readonly width = 1,
  ) {}

  private make(length: number): NumericArray {
    return new ARRAY_TYPES[this.type](length);
  }

  /** Makes row `row` writable (rows are added in order). */
  grow(row: number): void {
    const chunk = row >>> CHUNK_BITS;
    const needed = ((row & MASK) + 1) * this.width;
    if (chunk < this.chunks.length) {
      const current = this.chunks[chunk] as NumericArray;
      if (current.length >= needed) return;
      // only the first chunk is ever partial
      const next = this.make(
        Math.min(CHUNK, Math.max(FIRST_CHUNK_ROWS, (current.length / this.width) * 2)) * this.width,
      );
      next.set(current);
      this.chunks[chunk] = next;
      return;
    }
    this.chunks.push(this.make((chunk === 0 ? FIRST_CHUNK_ROWS : CHUNK) * this.width));
  }

  get(row: number, offset = 0): number {
    return (this.chunks[row >>> CHUNK_BITS] as NumericArray)[(row & MASK) * this.width + offset] as number;
  }

  set(row: number, value: number, offset = 0): void {
    (this.chunks[row >>> CHUNK_BITS] as NumericArray)[(row & MASK) * this.width + offset] = value;
  }

  /** The chunk holding row `row`; its values start at `startOf(row)`. */
  chunkOf(row: number): NumericArray {
    return this.chunks[row >>> CHUNK_BITS] as NumericArray;
  }

  startOf(row: number): number {
    return (row & MASK) * this.width;
  }
}

const STATUSES: readonly RecordStatus[] = ["QUEUED", "PROCESSING", "VERIFIED", "FAILED"];
const STATUS_CODE: Record<RecordStatus, number> = { QUEUED: 0, PROCESSING: 1, VERIFIED: 2, FAILED: 3 };

/** `0x` + 64 hex digits as ASCII bytes, decoded to a string in one native call. */
const hashText = new Uint8Array(66);
hashText[0] = 48; // 0
hashText[1] = 120; // x
const asciiDecoder = new TextDecoder();

/** The optional fields, kept only for rows that have one. */
interface RowExtras {
  referenceId: string | null;
  metadata: Record<string, unknown> | null;
  adjusts: Adjusts | null;
  error: DeltaError | null;
}

export interface NewDeltaRow {
  recordId: string;
  customerId: string;
  delta: number;
  reason: string;
  referenceId: string | null;
  metadata: Record<string, unknown> | null;
  adjusts: Adjusts | null;
  sequenceNumber: number;
  contentHash: Hex;
  createdAt: number;
}

export class DeltaStore {
  private rows = 0;
  private readonly recordIds: string[] = [];
  private readonly reasons: string[] = [];
  /** Customers by number, so a row holds 4 bytes instead of a reference. */
  private readonly customerIds: string[] = [];
  private readonly customerNumbers = new Map<string, number>();
  private readonly customerOf = new Column("Int32Array");
  private readonly sequences = new Column("Int32Array");
  private readonly amounts = new Column("Float64Array");
  private readonly createdAts = new Column("Float64Array");
  /** NaN: not verified. */
  private readonly verifiedAts = new Column("Float64Array");
  private readonly statuses = new Column("Uint8Array");
  private readonly hashes = new Column("Uint8Array", 32);
  /** The acceptance (write) of each row. */
  private readonly acceptanceIndex = new Column("Int32Array");
  /** Index into the ledger's anchor log; -1: none. */
  private readonly anchorOf = new Column("Int32Array");
  /** -1: none. */
  private readonly itemIndexes = new Column("Int32Array");
  private readonly extras = new Map<number, RowExtras>();
  /** Acceptances (one per write), by number: receipt root, first row, rows, schedule (NaN: null). */
  private acceptances = 0;
  private readonly receiptRoots = new Column("Uint8Array", 32);
  private readonly acceptanceStarts = new Column("Int32Array");
  private readonly acceptanceSizes = new Column("Int32Array");
  private readonly processingAts = new Column("Float64Array");
  private readonly dueAts = new Column("Float64Array");
  /** Per entry of the anchor log that a `BatchAnchor` is: its proofHash, then its verificationReference. */
  private readonly anchorHashes = new Column("Uint8Array", 64);
  /** receiptId → the first acceptance with it (the submission of that root). */
  private readonly submissionIndex = new ProbeTable();
  private submissionCount = 0;
  /** recordId → row: open addressing with linear probing over row numbers (-1: empty), load ≤ 1/2. */
  private slots = new Int32Array(64).fill(-1);

  /** `anchors`: the ledger's anchor log, which `anchorOf` indexes. */
  constructor(private readonly anchors: readonly AnchorEntry[]) {}

  get size(): number {
    return this.rows;
  }

  /** Starts the rows of one write: they share `receiptId` and `schedule`. */
  beginAcceptance(receiptId: Hex, schedule: Schedule): void {
    const acceptance = this.acceptances;
    for (const column of [
      this.receiptRoots,
      this.acceptanceStarts,
      this.acceptanceSizes,
      this.processingAts,
      this.dueAts,
    ] as const) {
      column.grow(acceptance);
    }
    writeHash(this.receiptRoots, acceptance, receiptId);
    if (lastReceipt.store === this) lastReceipt.store = null;
    this.acceptanceStarts.set(acceptance, this.rows);
    this.acceptanceSizes.set(acceptance, 0);
    this.processingAts.set(acceptance, schedule.processingAt ?? Number.NaN);
    this.dueAts.set(acceptance, schedule.dueAt ?? Number.NaN);
    this.acceptances++;
    if (this.findSubmission(acceptance) < 0) {
      this.submissionIndex.add(acceptance, (entry) => this.receiptHash(entry));
      this.submissionCount++;
    }
  }

  /** Appends a QUEUED row to the current acceptance; returns its DeltaState. */
  append(row: NewDeltaRow): DeltaState {
    const index = this.rows;
    const acceptance = this.acceptances - 1;
    if (
      acceptance < 0 ||
      this.acceptanceStarts.get(acceptance) + this.acceptanceSizes.get(acceptance) !== index
    ) {
      throw new Error("DeltaStore.append outside an acceptance");
    }
    for (const column of [
      this.customerOf,
      this.sequences,
      this.amounts,
      this.createdAts,
      this.verifiedAts,
      this.statuses,
      this.hashes,
      this.acceptanceIndex,
      this.anchorOf,
      this.itemIndexes,
    ] as const) {
      column.grow(index);
    }
    // first, as it may throw: nothing of the row is kept then
    writeHash(this.hashes, index, row.contentHash);
    this.recordIds.push(row.recordId);
    this.reasons.push(row.reason);
    let customer = this.customerNumbers.get(row.customerId);
    if (customer === undefined) {
      customer = this.customerIds.push(row.customerId) - 1;
      this.customerNumbers.set(row.customerId, customer);
    }
    this.customerOf.set(index, customer);
    this.sequences.set(index, row.sequenceNumber);
    this.amounts.set(index, row.delta);
    this.createdAts.set(index, row.createdAt);
    this.verifiedAts.set(index, Number.NaN);
    this.statuses.set(index, STATUS_CODE.QUEUED);
    this.acceptanceIndex.set(index, acceptance);
    this.anchorOf.set(index, -1);
    this.itemIndexes.set(index, -1);
    if (row.referenceId !== null || row.metadata !== null || row.adjusts !== null) {
      this.extras.set(index, {
        referenceId: row.referenceId,
        metadata: row.metadata,
        adjusts: row.adjusts,
        error: null,
      });
    }
    this.acceptanceSizes.set(acceptance, this.acceptanceSizes.get(acceptance) + 1);
    this.rows++;
    this.addToIndex(index);
    return new DeltaState(this, index);
  }

  /** The row of a recordId, or -1. */
  rowOf(recordId: string): number {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(recordId) & mask; ; slot = (slot + 1) & mask) {
      const row = this.slots[slot] as number;
      if (row < 0) return -1;
      if (this.recordIds[row] === recordId) return row;
    }
  }

  private addToIndex(row: number): void {
    if ((this.rows + 1) * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      for (let existing = 0; existing < this.rows; existing++) this.place(existing);
    } else {
      this.place(row);
    }
  }

  private place(row: number): void {
    const mask = this.slots.length - 1;
    let slot = hashOf(this.recordIds[row] as string) & mask;
    while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = row;
  }

  /** Removes a row from the recordId index (Knuth's deletion for linear probing: no tombstones). */
  private removeFromIndex(row: number): void {
    const mask = this.slots.length - 1;
    let hole = hashOf(this.recordIds[row] as string) & mask;
    while (this.slots[hole] !== row) hole = (hole + 1) & mask;
    this.slots[hole] = -1;
    for (let next = (hole + 1) & mask; (this.slots[next] as number) >= 0; next = (next + 1) & mask) {
      const home = hashOf(this.recordIds[this.slots[next] as number] as string) & mask;
      // an entry whose home lies cyclically in (hole, next] is still reachable: it stays
      const reachable = hole <= next ? hole < home && home <= next : hole < home || home <= next;
      if (reachable) continue;
      this.slots[hole] = this.slots[next] as number;
      this.slots[next] = -1;
      hole = next;
    }
  }

  /** Drops the rows from `size` on, and the acceptances begun there (a rolled-back write). */
  truncate(size: number): void {
    for (let row = this.rows - 1; row >= size; row--) {
      this.extras.delete(row);
      this.removeFromIndex(row);
    }
    this.rows = Math.min(this.rows, size);
    this.recordIds.length = this.rows;
    this.reasons.length = this.rows;
    while (this.acceptances > 0) {
      const last = this.acceptances - 1;
      const start = this.acceptanceStarts.get(last);
      if (start < this.rows) {
        this.acceptanceSizes.set(last, Math.min(this.acceptanceSizes.get(last), this.rows - start));
        break;
      }
      this.dropLastAcceptance();
    }
  }

  /** Ends a write's acceptance; one that accepted nothing is dropped. */
  endAcceptance(): void {
    const last = this.acceptances - 1;
    if (last >= 0 && this.acceptanceSizes.get(last) === 0) this.dropLastAcceptance();
  }

  private dropLastAcceptance(): void {
    const last = this.acceptances - 1;
    if (this.findSubmission(last) === last) {
      this.submissionIndex.remove(last, (entry) => this.receiptHash(entry));
      this.submissionCount--;
    }
    this.acceptances--;
  }

  /** The write that accepted `row`: its receipt and rows `[start, start + count)`. */
  acceptanceOf(row: number): { readonly start: number; readonly count: number; readonly receiptId: Hex } {
    const acceptance = this.acceptanceIndex.get(row);
    return {
      start: this.acceptanceStarts.get(acceptance),
      count: this.acceptanceSizes.get(acceptance),
      receiptId: hexOf(this.receiptRoots, acceptance),
    };
  }

  /** How many distinct receipt roots (submissions) the acceptances have. */
  get submissions(): number {
    return this.submissionCount;
  }

  /** The first row and row count of the submission with root `receiptId`, or null. */
  submissionRows(receiptId: string): { start: number; count: number } | null {
    if (!readHashInto(receiptId, scratchHash)) return null;
    const hash = wordOf(scratchHash, 0);
    const acceptance = this.submissionIndex.find(hash, (candidate) =>
      this.receiptEquals(candidate, scratchHash),
    );
    if (acceptance < 0) return null;
    return { start: this.acceptanceStarts.get(acceptance), count: this.acceptanceSizes.get(acceptance) };
  }

  /** The receipt roots of the submissions, in acceptance order. */
  *submissionRoots(): IterableIterator<Hex> {
    for (let acceptance = 0; acceptance < this.acceptances; acceptance++) {
      if (this.findSubmission(acceptance) === acceptance) yield hexOf(this.receiptRoots, acceptance);
    }
  }

  /** The first acceptance with the same receipt root as `acceptance`, or -1. */
  private findSubmission(acceptance: number): number {
    return this.submissionIndex.find(this.receiptHash(acceptance), (candidate) => {
      for (let i = 0; i < 32; i++) {
        if (this.receiptRoots.get(candidate, i) !== this.receiptRoots.get(acceptance, i)) return false;
      }
      return true;
    });
  }

  private receiptEquals(acceptance: number, bytes: Uint8Array): boolean {
    for (let i = 0; i < 32; i++) if (this.receiptRoots.get(acceptance, i) !== bytes[i]) return false;
    return true;
  }

  /** The first four bytes of a receipt root (a keccak hash: already uniform). */
  private receiptHash(acceptance: number): number {
    const roots = this.receiptRoots;
    return (
      ((roots.get(acceptance, 0) << 24) |
        (roots.get(acceptance, 1) << 16) |
        (roots.get(acceptance, 2) << 8) |
        roots.get(acceptance, 3)) >>>
      0
    );
  }

  recordId(row: number): string {
    return this.recordIds[row] as string;
  }
  customerId(row: number): string {
    return this.customerIds[this.customerOf.get(row)] as string;
  }
  reason(row: number): string {
    return this.reasons[row] as string;
  }
  sequenceNumber(row: number): number {
    return this.sequences.get(row);
  }
  delta(row: number): number {
    return this.amounts.get(row);
  }
  createdAt(row: number): number {
    return this.createdAts.get(row);
  }
  /** When the row turns PROCESSING (null: only on demand). */
  processingAt(row: number): number | null {
    const at = this.processingAts.get(this.acceptanceIndex.get(row));
    return Number.isNaN(at) ? null : at;
  }
  /** When the row is verified (null: only on demand). */
  dueAt(row: number): number | null {
    const at = this.dueAts.get(this.acceptanceIndex.get(row));
    return Number.isNaN(at) ? null : at;
  }
  receiptId(row: number): Hex {
    const acceptance = this.acceptanceIndex.get(row);
    // the rows of a page mostly share their write's receipt: its hex is made once
    if (lastReceipt.store === this && lastReceipt.acceptance === acceptance) return lastReceipt.hex;
    const hex = hexOf(this.receiptRoots, acceptance);
    lastReceipt.store = this;
    lastReceipt.acceptance = acceptance;
    lastReceipt.hex = hex;
    return hex;
  }
  contentHash(row: number): Hex {
    return hexOf(this.hashes, row);
  }
  /**
   * The content hashes of `records`, each as its JSON string (`"0x` + 64 hex digits + `"`,
   * 68 characters), in one text: one decode for a page of hashes instead of one per hash.
   */
  contentHashesJson(records: readonly DeltaState[]): string {
    const text = new Uint8Array(records.length * 68);
    for (let i = 0; i < records.length; i++) {
      const row = (records[i] as DeltaState).row;
      const bytes = this.hashes.chunkOf(row);
      const start = this.hashes.startOf(row);
      const at = i * 68;
      text[at] = 34; // "
      text[at + 1] = 48; // 0
      text[at + 2] = 120; // x
      writeHexDigits(bytes, start, text, at + 3);
      text[at + 67] = 34;
    }
    return asciiDecoder.decode(text);
  }
  /** The write that accepted `row`, by number: rows with the same number share their receiptId. */
  acceptanceNumber(row: number): number {
    return this.acceptanceIndex.get(row);
  }
  /** The row's entry in the anchor log (-1: none): rows with the same entry share their anchor. */
  anchorIndex(row: number): number {
    return this.anchorOf.get(row);
  }
  /** Keeps the two hashes of anchor log entry `index` as bytes (see `BatchAnchor`). */
  setAnchorHashes(index: number, proofHash: Hex, verificationReference: Hex): void {
    this.anchorHashes.grow(index);
    writeHash(this.anchorHashes, index, proofHash);
    writeHash(this.anchorHashes, index, verificationReference, 32);
  }
  anchorProofHash(index: number): Hex {
    return hexOf(this.anchorHashes, index);
  }
  anchorReference(index: number): Hex {
    return hexOf(this.anchorHashes, index, 32);
  }
  /** Entry `index` of the ledger's anchor log. */
  anchorAt(index: number): AnchorEntry | undefined {
    return this.anchors[index];
  }
  extrasOf(row: number): RowExtras | undefined {
    return this.extras.get(row);
  }

  status(row: number): RecordStatus {
    return STATUSES[this.statuses.get(row)] as RecordStatus;
  }
  setStatus(row: number, status: RecordStatus): void {
    this.statuses.set(row, STATUS_CODE[status]);
  }
  verifiedAt(row: number): number | null {
    const at = this.verifiedAts.get(row);
    return Number.isNaN(at) ? null : at;
  }
  setVerifiedAt(row: number, at: number | null): void {
    this.verifiedAts.set(row, at ?? Number.NaN);
  }
  anchor(row: number): AnchorEntry | null {
    const index = this.anchorOf.get(row);
    return index < 0 ? null : (this.anchors[index] ?? null);
  }
  setAnchor(row: number, anchor: AnchorEntry | null): void {
    if (anchor !== null && this.anchors[anchor.index] !== anchor) {
      throw new Error("an anchor of another ledger");
    }
    this.anchorOf.set(row, anchor === null ? -1 : anchor.index);
  }
  itemIndex(row: number): number | null {
    const index = this.itemIndexes.get(row);
    return index < 0 ? null : index;
  }
  setItemIndex(row: number, index: number | null): void {
    this.itemIndexes.set(row, index ?? -1);
  }
  setError(row: number, error: DeltaError | null): void {
    const extras = this.extras.get(row);
    if (extras) extras.error = error;
    else if (error !== null)
      this.extras.set(row, { referenceId: null, metadata: null, adjusts: null, error });
  }
}

/** FNV-1a of a recordId. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const scratchHash = new Uint8Array(32);

function wordOf(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] as number) << 24) |
      ((bytes[at + 1] as number) << 16) |
      ((bytes[at + 2] as number) << 8) |
      (bytes[at + 3] as number)) >>>
    0
  );
}

function writeHash(column: Column, row: number, hash: Hex, offset = 0): void {
  if (!readHashInto(hash, scratchHash)) throw new TypeError(`not a 32-byte hash: ${hash}`);
  for (let i = 0; i < 32; i++) column.set(row, scratchHash[i] as number, offset + i);
}

/**
 * The receipt root last written as hex, and whose it was. Outside the store's fields, so it
 * is no part of a snapshot; `beginAcceptance` (the only writer of receipt roots) forgets it.
 */
const lastReceipt: { store: DeltaStore | null; acceptance: number; hex: Hex } = {
  store: null,
  acceptance: -1,
  hex: "0x" as Hex,
};

function hexOf(column: Column, row: number, offset = 0): Hex {
  const bytes = column.chunkOf(row);
  writeHexDigits(bytes, column.startOf(row) + offset, hashText, 2);
  return asciiDecoder.decode(hashText) as Hex;
}

/**
 * The ledger's deltas by recordId (and, iterated, in acceptance order). The store indexes
 * recordIds itself; the DeltaState objects are the ones in their customers' logs.
 */
export class DeltasById {
  constructor(
    private readonly store: DeltaStore,
    private readonly customers: ReadonlyMap<string, { readonly deltas: readonly DeltaState[] }>,
  ) {}

  get size(): number {
    return this.store.size;
  }

  has(recordId: string): boolean {
    return this.store.rowOf(recordId) >= 0;
  }

  get(recordId: string): DeltaState | undefined {
    const row = this.store.rowOf(recordId);
    return row < 0 ? undefined : this.atRow(row);
  }

  *values(): IterableIterator<DeltaState> {
    for (let row = 0; row < this.store.size; row++) yield this.atRow(row);
  }

  /** The deltas of rows `[start, start + count)`. */
  rows(start: number, count: number): DeltaState[] {
    const records: DeltaState[] = [];
    for (let row = start; row < start + count; row++) records.push(this.atRow(row));
    return records;
  }

  private atRow(row: number): DeltaState {
    const record = this.customers.get(this.store.customerId(row))?.deltas[this.store.sequenceNumber(row) - 1];
    if (!record) throw new Error(`row ${row} has no delta in its customer's log`);
    return record;
  }
}

/**
 * The ledger's submissions by receipt root (and, iterated, in acceptance order), read from
 * the store's acceptances: nothing is kept per write beyond the store's columns. A
 * submission is the first write that accepted its root.
 */
export class SubmissionsByRoot {
  constructor(
    private readonly store: DeltaStore,
    private readonly byId: DeltasById,
  ) {}

  get size(): number {
    return this.store.submissions;
  }

  has(receiptId: string): boolean {
    return this.store.submissionRows(receiptId) !== null;
  }

  get(receiptId: string): SubmissionView | undefined {
    const rows = this.store.submissionRows(receiptId);
    if (rows === null) return undefined;
    return new SubmissionView(
      receiptId as Hex,
      this.store.createdAt(rows.start),
      this.byId,
      rows.start,
      rows.count,
    );
  }

  keys(): IterableIterator<Hex> {
    return this.store.submissionRoots();
  }

  *values(): IterableIterator<SubmissionView> {
    for (const receiptId of this.store.submissionRoots()) yield this.get(receiptId) as SubmissionView;
  }

  *entries(): IterableIterator<[Hex, SubmissionView]> {
    for (const receiptId of this.store.submissionRoots()) {
      yield [receiptId, this.get(receiptId) as SubmissionView];
    }
  }

  [Symbol.iterator](): IterableIterator<[Hex, SubmissionView]> {
    return this.entries();
  }
}

/** One submission: its root, when it was accepted, and its deltas (rows read when asked). */
export class SubmissionView {
  constructor(
    readonly receiptId: Hex,
    readonly createdAt: number,
    private readonly byId: DeltasById,
    private readonly start: number,
    private readonly count: number,
  ) {}

  /** The submission's deltas, in order. */
  get records(): DeltaState[] {
    return this.byId.rows(this.start, this.count);
  }
}

/**
 * One delta of the log. Its fields live in the ledger's DeltaStore; the object itself only
 * knows its row, so a million of them stay small. The verifier sets `status`,
 * `verifiedAt`, `anchor`, `itemIndex` and `error`; every other field is fixed at acceptance.
 */
export class DeltaState {
  constructor(
    private readonly store: DeltaStore,
    /** Row in the store (acceptance order within the ledger). */
    readonly row: number,
  ) {}

  get recordId(): string {
    return this.store.recordId(this.row);
  }
  get customerId(): string {
    return this.store.customerId(this.row);
  }
  /** The number as received (what records echo and the content hash commits to). */
  get delta(): number {
    return this.store.delta(this.row);
  }
  /** The same value as an exact decimal (what every sum uses). */
  get amount(): Decimal {
    return Decimal.from(this.store.delta(this.row));
  }
  get reason(): string {
    return this.store.reason(this.row);
  }
  get referenceId(): string | null {
    return this.store.extrasOf(this.row)?.referenceId ?? null;
  }
  get metadata(): Record<string, unknown> | null {
    return this.store.extrasOf(this.row)?.metadata ?? null;
  }
  get adjusts(): Adjusts | null {
    return this.store.extrasOf(this.row)?.adjusts ?? null;
  }
  get sequenceNumber(): number {
    return this.store.sequenceNumber(this.row);
  }
  get contentHash(): Hex {
    return this.store.contentHash(this.row);
  }
  /** Root of the submission that carried this delta. */
  get receiptId(): Hex {
    return this.store.receiptId(this.row);
  }
  get createdAt(): number {
    return this.store.createdAt(this.row);
  }
  /** When it turns PROCESSING (null: only on demand). */
  get processingAt(): number | null {
    return this.store.processingAt(this.row);
  }
  /** When it is verified (null: only on demand). */
  get dueAt(): number | null {
    return this.store.dueAt(this.row);
  }
  get status(): RecordStatus {
    return this.store.status(this.row);
  }
  set status(status: RecordStatus) {
    this.store.setStatus(this.row, status);
  }
  get verifiedAt(): number | null {
    return this.store.verifiedAt(this.row);
  }
  set verifiedAt(at: number | null) {
    this.store.setVerifiedAt(this.row, at);
  }
  get anchor(): AnchorEntry | null {
    return this.store.anchor(this.row);
  }
  set anchor(anchor: AnchorEntry | null) {
    this.store.setAnchor(this.row, anchor);
  }
  get itemIndex(): number | null {
    return this.store.itemIndex(this.row);
  }
  set itemIndex(index: number | null) {
    this.store.setItemIndex(this.row, index);
  }
  get error(): DeltaError | null {
    return this.store.extrasOf(this.row)?.error ?? null;
  }
  set error(error: DeltaError | null) {
    this.store.setError(this.row, error);
  }
}

/**
 * The content hashes of `records`, computed when asked. The array is kept only while it is
 * in use (a WeakRef), so a checkpoint over a million deltas does not hold a million
 * 66-character strings beside the store's 32-byte hashes.
 */
export function contentHashesOf(records: readonly DeltaState[]): () => Hex[] {
  let recent: WeakRef<Hex[]> | undefined;
  return () => {
    const cached = recent?.deref();
    if (cached) return cached;
    const hashes = records.map((record) => record.contentHash);
    recent = new WeakRef(hashes);
    return hashes;
  };
}
