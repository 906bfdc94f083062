import { checkRecordHistory, fingerprint } from "@pacspace/sdk";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createManualClock } from "../src/clock.js";
import { RecordStore } from "../src/records/record-store.js";
import type { RecordHistoryBundle } from "../src/records/record-types.js";

const SCOPE = { tenantId: "ten_prop", environment: "sandbox" } as const;

/** A valid sequence: `recorded`, then amendments of earlier entries (with references), maybe a final `closed`. */
const transitions = fc.record({
  steps: fc.array(
    fc.record({
      amendsPick: fc.nat(),
      referencePicks: fc.array(fc.nat(), { maxLength: 3 }),
      payloads: fc.array(fc.uint8Array({ maxLength: 48 }), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 25 },
  ),
  firstPayload: fc.uint8Array({ minLength: 1, maxLength: 48 }),
  close: fc.boolean(),
});

type Scenario = typeof transitions extends fc.Arbitrary<infer T> ? T : never;

/** Emits the scenario into a fresh store (immediate mode) and returns its history and payload bytes per entry. */
async function record(scenario: Scenario) {
  const store = new RecordStore({
    clock: createManualClock(0),
    verification: () => "immediate",
    publish: () => {},
  });
  const bytesPerEntry: Uint8Array[][] = [];
  let recordKey = "";
  for (const [i, step] of scenario.steps.entries()) {
    const payloadBytes = i === 0 ? [scenario.firstPayload, ...step.payloads] : step.payloads;
    bytesPerEntry.push(payloadBytes);
    const payloads = await Promise.all(payloadBytes.map((bytes) => fingerprint(bytes)));
    const isLast = i === scenario.steps.length - 1;
    const lifecycle = i === 0 ? "recorded" : isLast && scenario.close ? "closed" : "amended";
    const content = {
      title: `step ${i}`,
      occurredAt: "2026-04-15T12:00:00Z",
      actorId: "agent",
      payloads,
      ...(lifecycle === "amended" ? { amends: { recordKey, seq: step.amendsPick % i } } : {}),
      ...(i > 0 && step.referencePicks.length > 0
        ? { references: step.referencePicks.map((pick) => ({ recordKey, seq: pick % i })) }
        : {}),
    };
    const accepted = store.emit(SCOPE, "machine-action-record", "prop", { lifecycle, content });
    recordKey = accepted.recordKey;
  }
  const { bundle } = store.history(SCOPE, "machine-action-record", "prop", {});
  return { bundle, bytesPerEntry };
}

const sourcesOf = (bytesPerEntry: Uint8Array[][]) =>
  bytesPerEntry.map((payloads, i) => ({ entry: i + 1, payloads }));

describe("records.check over the mock's histories (property)", () => {
  it("accepts every history made of valid transitions, with all payload bytes as source", async () => {
    await fc.assert(
      fc.asyncProperty(transitions, async (scenario) => {
        const { bundle, bytesPerEntry } = await record(scenario);
        expect(bundle.entries.every((row) => row.status === "committed")).toBe(true);
        const verdict = await checkRecordHistory(bundle, { source: sourcesOf(bytesPerEntry) });
        expect(verdict).toMatchObject({ ok: true, chainChecked: true, sourceChecked: true });
      }),
      { numRuns: 60 },
    );
  });

  it("catches any one-byte change to a committed payload", async () => {
    await fc.assert(
      fc.asyncProperty(
        transitions,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (scenario, e, b, flip) => {
          const { bundle, bytesPerEntry } = await record(scenario);
          const withBytes = bytesPerEntry.flatMap((payloads, entry) =>
            payloads.flatMap((bytes, payload) => (bytes.length > 0 ? [{ entry, payload }] : [])),
          );
          const target = withBytes[e % withBytes.length] as { entry: number; payload: number };
          const changed = bytesPerEntry.map((payloads) => payloads.map((bytes) => bytes.slice()));
          const bytes = changed[target.entry]?.[target.payload] as Uint8Array;
          const at = b % bytes.length;
          bytes[at] = (bytes[at] as number) ^ flip;
          const verdict = await checkRecordHistory(bundle, { source: sourcesOf(changed) });
          expect(verdict).toMatchObject({ ok: false, failedCheck: "source" });
          expect(verdict.entries[target.entry]?.sourceMatched).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("catches an edit of a committed fingerprint in a receipt", async () => {
    await fc.assert(
      fc.asyncProperty(transitions, fc.nat(), async (scenario, pick) => {
        const { bundle } = await record(scenario);
        const edited = structuredClone(bundle) as RecordHistoryBundle;
        const receipt = edited.receipts[0] as { recordContent: { payloads: Array<{ digest: string }> } };
        const payload = receipt.recordContent.payloads[pick % receipt.recordContent.payloads.length] as {
          digest: string;
        };
        payload.digest = (payload.digest[0] === "0" ? "1" : "0") + payload.digest.slice(1);
        expect((await checkRecordHistory(edited)).failedCheck).toBe("chain");
      }),
      { numRuns: 40 },
    );
  });

  it("catches any reordering of two entries", async () => {
    await fc.assert(
      fc.asyncProperty(
        transitions.filter((scenario) => scenario.steps.length >= 2),
        fc.nat(),
        fc.nat(),
        async (scenario, x, y) => {
          const { bundle } = await record(scenario);
          const n = bundle.receipts.length;
          const i = x % n;
          const j = (i + 1 + (y % (n - 1))) % n;
          const swapped = structuredClone(bundle) as RecordHistoryBundle;
          for (const list of [swapped.receipts, swapped.entries] as unknown[][]) {
            [list[i], list[j]] = [list[j], list[i]];
          }
          expect((await checkRecordHistory(swapped)).ok).toBe(false);
          // renumbering the swapped entries to hide the swap breaks the chain instead
          const renumbered = structuredClone(swapped);
          renumbered.receipts.forEach((receipt, k) => {
            receipt.seq = k;
          });
          renumbered.entries.forEach((row, k) => {
            row.seq = k;
          });
          expect((await checkRecordHistory(renumbered)).failedCheck).toBe("chain");
        },
      ),
      { numRuns: 40 },
    );
  });
});
