import { createIdGenerator, type IdGenerator } from "../../ids.js";

/**
 * The id generator of a server with durable state. While a unit of work is recorded, every
 * id, key part, secret and token it draws is kept, and the journal stores them with the
 * unit; a replay is fed those values back in the same order. So ids and secrets come back
 * exactly after a restart whatever produced them, and new ones after a restart come from a
 * fresh stream (`reseed`), so no `rec_…` is ever handed out twice.
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
}

export function createRecordingIds(seed: string): RecordingIds {
  let base = createIdGenerator(seed);
  let recorded: string[] | null = null;
  let fed: string[] | null = null;
  let position = 0;
  const draw = (next: () => string): string => {
    if (fed !== null && position < fed.length) return fed[position++] as string;
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
      base = createIdGenerator(next);
    },
  };
}
