import {
  createIdGenerator,
  type IdGenerator,
  type IdGeneratorState,
  loadIdGeneratorState,
  saveIdGeneratorState,
} from "../../ids.js";

/**
 * The id generator of a server with durable state. While a unit of work is recorded, every
 * id, key part, secret and token it draws is kept, and the journal stores them with the
 * unit; a replay is fed those values back in the same order. So ids and secrets come back
 * exactly after a restart whatever produced them. While fed, the live stream is drawn too
 * and compared: when it gave the same values (a stream restored from a snapshot, replaying
 * what it drew itself), it continues exactly where the stopped server would have;
 * otherwise (`diverged`) the server switches to a fresh stream (`reseed`), so no `rec_…`
 * is ever handed out twice.
 */
export interface RecordingIds {
  ids: IdGenerator;
  startRecording(): void;
  /** The values drawn since `startRecording()`. */
  stopRecording(): string[];
  /** Answers the next draws with `values` (then the live stream) until `endFeed()`. */
  feed(values: string[]): void;
  endFeed(): void;
  /** Switches the live stream to a new seed. */
  reseed(seed: string): void;
  /** Whether a fed value differed from what the live stream gave (since the last `reseed`/`load`). */
  readonly diverged: boolean;
  /** The live stream's seed and position. */
  save(): { seed: string; state: IdGeneratorState } | null;
  /** Continues from a saved position. */
  load(saved: { seed: string; state: IdGeneratorState }): void;
}

export function createRecordingIds(seed: string): RecordingIds {
  let currentSeed = seed;
  let base = createIdGenerator(seed);
  let diverged = false;
  let recorded: string[] | null = null;
  let fed: string[] | null = null;
  let position = 0;
  const draw = (next: () => string): string => {
    if (fed !== null && position < fed.length) {
      const value = fed[position++] as string;
      if (!diverged && next() !== value) diverged = true;
      return value;
    }
    const value = next();
    recorded?.push(value);
    return value;
  };
  const ids: IdGenerator = {
    recordId: () => draw(() => base.recordId()),
    checkpointId: () => draw(() => base.checkpointId()),
    receiptId: () => draw(() => base.receiptId()),
    customerId: () => draw(() => base.customerId()),
    eventId: () => draw(() => base.eventId()),
    keyId: () => draw(() => base.keyId()),
    tenantId: () => draw(() => base.tenantId()),
    webhookId: () => draw(() => base.webhookId()),
    deliveryId: () => draw(() => base.deliveryId()),
    userId: () => draw(() => base.userId()),
    requestId: () => draw(() => base.requestId()),
    publicId: () => draw(() => base.publicId()),
    secret: (prefix, length) => draw(() => base.secret(prefix, length)),
    token: (prefix) => draw(() => base.token(prefix)),
    mfaCode: () => draw(() => base.mfaCode()),
    reset: () => base.reset(),
  };
  return {
    ids,
    startRecording() {
      recorded = [];
    },
    stopRecording() {
      const values = recorded ?? [];
      recorded = null;
      return values;
    },
    feed(values) {
      fed = values;
      position = 0;
    },
    endFeed() {
      fed = null;
    },
    reseed(next) {
      currentSeed = next;
      base = createIdGenerator(next);
      diverged = false;
    },
    get diverged() {
      return diverged;
    },
    save() {
      const state = saveIdGeneratorState(base);
      return state === null ? null : { seed: currentSeed, state };
    },
    load(saved) {
      currentSeed = saved.seed;
      base = createIdGenerator(saved.seed);
      loadIdGeneratorState(base, saved.state);
      diverged = false;
    },
  };
}
