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
 * otherwise the server switches to a fresh stream (`endReplay`), so no `rec_…` is ever
 * handed out twice. Request ids have a stream of their own: reads draw them too and are
 * not journaled, so after a replay that stream alone may have to start afresh while
 * record ids, keys and secrets continue exactly.
 */
export interface RecordingIds {
  ids: IdGenerator;
  startRecording(): void;
  /** The values drawn since `startRecording()`. */
  stopRecording(): string[];
  /** Answers the next draws with `values` (then the live stream) until `endFeed()`. */
  feed(values: string[]): void;
  endFeed(): void;
  /** Switches the live streams to a new seed. */
  reseed(seed: string): void;
  /** After a replay: the streams whose draws differed from what was fed switch to `seed`. */
  endReplay(seed: string): void;
  /** The live streams' seeds and positions. */
  save(): RecordingIdsState | null;
  /** Continues from saved positions. */
  load(saved: RecordingIdsState): void;
}

/** Where the id streams stand: request ids apart from the rest. */
export interface RecordingIdsState {
  seed: string;
  state: IdGeneratorState;
  request: { seed: string; state: IdGeneratorState };
}

export function createRecordingIds(seed: string): RecordingIds {
  let currentSeed = seed;
  let base = createIdGenerator(seed);
  let requestSeed = seed;
  let requestBase = createIdGenerator(seed);
  const diverged = { main: false, request: false };
  let recorded: string[] | null = null;
  let fed: string[] | null = null;
  let position = 0;
  const draw = (next: () => string, stream: "main" | "request" = "main"): string => {
    if (fed !== null && position < fed.length) {
      const value = fed[position++] as string;
      if (!diverged[stream] && next() !== value) diverged[stream] = true;
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
    requestId: () => draw(() => requestBase.requestId(), "request"),
    publicId: () => draw(() => base.publicId()),
    secret: (prefix, length) => draw(() => base.secret(prefix, length)),
    token: (prefix) => draw(() => base.token(prefix)),
    mfaCode: () => draw(() => base.mfaCode()),
    reset: () => {
      base.reset();
      requestBase.reset();
    },
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
      requestSeed = next;
      requestBase = createIdGenerator(next);
      diverged.main = false;
      diverged.request = false;
    },
    endReplay(next) {
      if (diverged.main) this.reseed(next);
      if (diverged.request) {
        requestSeed = next;
        requestBase = createIdGenerator(next);
        diverged.request = false;
      }
    },
    save() {
      const state = saveIdGeneratorState(base);
      const request = saveIdGeneratorState(requestBase);
      return state === null || request === null
        ? null
        : { seed: currentSeed, state, request: { seed: requestSeed, state: request } };
    },
    load(saved) {
      currentSeed = saved.seed;
      base = createIdGenerator(saved.seed);
      loadIdGeneratorState(base, saved.state);
      requestSeed = saved.request.seed;
      requestBase = createIdGenerator(saved.request.seed);
      loadIdGeneratorState(requestBase, saved.request.state);
      diverged.main = false;
      diverged.request = false;
    },
  };
}
