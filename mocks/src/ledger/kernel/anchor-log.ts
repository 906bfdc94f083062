import { type Hex, ZERO_HASH } from "./core.js";

/**
 * One entry of a ledger's append-only anchor log: a verification batch of deltas, or a
 * checkpoint root. `verificationReference` chains every entry to the one before it.
 */
export interface AnchorEntry {
  index: number;
  kind: "batch" | "checkpoint";
  proofHash: Hex;
  previousProofHash: Hex;
  previousReference: Hex;
  verificationReference: Hex;
  /** The anchored content hashes, in order (computed on demand for a batch). */
  readonly itemHashes: Hex[];
  anchoredAt: number;
}

/** The anchored fields every entry stores, whatever its kind. */
export interface AnchorFields {
  index: number;
  proofHash: Hex;
  previousProofHash: Hex;
  previousReference: Hex;
  verificationReference: Hex;
  anchoredAt: number;
}

/** Where a batch anchor keeps its hashes and reads its rows' content hashes (the ledger's delta store). */
interface BatchAnchorStore {
  contentHash(row: number): Hex;
  setAnchorHashes(index: number, proofHash: Hex, verificationReference: Hex): void;
  anchorProofHash(index: number): Hex;
  anchorReference(index: number): Hex;
  anchorAt(index: number): AnchorEntry | undefined;
}

/**
 * The hashes of the batch anchor read last, kept while in use (e.g. across the records of
 * one `inspect()`, which all ask their anchor): one slot for the whole process, so an
 * anchor holds no cache of its own.
 */
let lastRead: { anchor: BatchAnchor; hashes: WeakRef<Hex[]> } | null = null;

/**
 * A verification batch of deltas. A class, so every entry shares one shape and its getters
 * (an accessor defined per object would give each entry a hidden class of its own). Over
 * HTTP each request settles what came due since the last one, so there is about one batch
 * per few writes: the entry keeps its two hashes as 64 bytes in the delta store (the
 * previous entry's are that entry's), and its rows (a range when they are consecutive, as
 * they usually are) rather than their 66-character content hashes.
 */
export class BatchAnchor implements AnchorEntry {
  readonly index: number;
  readonly kind = "batch";
  readonly anchoredAt: number;

  constructor(
    fields: AnchorFields,
    private readonly store: BatchAnchorStore,
    /** The first row, when the rows are consecutive; else `rows` lists them. */
    private readonly firstRow: number,
    private readonly rows: Int32Array | null,
    private readonly count: number,
  ) {
    this.index = fields.index;
    this.anchoredAt = fields.anchoredAt;
    store.setAnchorHashes(fields.index, fields.proofHash, fields.verificationReference);
  }

  get proofHash(): Hex {
    return this.store.anchorProofHash(this.index);
  }

  get verificationReference(): Hex {
    return this.store.anchorReference(this.index);
  }

  get previousProofHash(): Hex {
    return this.store.anchorAt(this.index - 1)?.proofHash ?? ZERO_HASH;
  }

  get previousReference(): Hex {
    return this.store.anchorAt(this.index - 1)?.verificationReference ?? ZERO_HASH;
  }

  get itemHashes(): Hex[] {
    const cached = lastRead?.anchor === this ? lastRead.hashes.deref() : undefined;
    if (cached) return cached;
    const hashes: Hex[] = [];
    for (let i = 0; i < this.count; i++) {
      hashes.push(this.store.contentHash(this.rows ? (this.rows[i] as number) : this.firstRow + i));
    }
    lastRead = { anchor: this, hashes: new WeakRef(hashes) };
    return hashes;
  }
}

/** A checkpoint root: its `itemHashes` are its checkpoint's, read when asked. */
export class CheckpointAnchor implements AnchorEntry {
  index: number;
  readonly kind = "checkpoint";
  proofHash: Hex;
  previousProofHash: Hex;
  previousReference: Hex;
  verificationReference: Hex;
  anchoredAt: number;

  constructor(
    fields: AnchorFields,
    private readonly checkpoint: { readonly itemHashes: Hex[] },
  ) {
    this.index = fields.index;
    this.proofHash = fields.proofHash;
    this.previousProofHash = fields.previousProofHash;
    this.previousReference = fields.previousReference;
    this.verificationReference = fields.verificationReference;
    this.anchoredAt = fields.anchoredAt;
  }

  get itemHashes(): Hex[] {
    return this.checkpoint.itemHashes;
  }
}

/** When an in-flight item turns PROCESSING and when it is verified (ms); null = only on demand. */
export interface Schedule {
  processingAt: number | null;
  dueAt: number | null;
}
