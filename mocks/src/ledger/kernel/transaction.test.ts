import { describe, expect, it } from "vitest";
import { atomically, Transaction } from "./transaction.js";

describe("transaction", () => {
  it("rollback undoes every change in reverse, including new keys and pushes", () => {
    const state: { count: number; label?: string; list: number[]; map: Map<string, number> } = {
      count: 1,
      list: [1],
      map: new Map([["a", 1]]),
    };
    const tx = new Transaction();
    tx.set(state, "count", 2);
    tx.set(state, "count", 3);
    tx.set(state, "label", "new");
    tx.push(state.list, 2);
    tx.mapSet(state.map, "a", 10);
    tx.mapSet(state.map, "b", 20);
    tx.rollback();
    expect(state).toEqual({ count: 1, list: [1], map: new Map([["a", 1]]) });
    expect(Object.hasOwn(state, "label")).toBe(false);
  });

  it("atomically commits on success and runs commit actions only then", () => {
    const published: string[] = [];
    const state = { n: 0 };
    atomically(undefined, (tx) => {
      tx.set(state, "n", 1);
      tx.onCommit(() => published.push("done"));
      expect(published).toEqual([]);
    });
    expect(state.n).toBe(1);
    expect(published).toEqual(["done"]);
  });

  it("atomically rolls back when a step hook throws mid-write, and publishes nothing", () => {
    const published: string[] = [];
    const state = { n: 0, list: [] as number[] };
    const hook = (step: string) => {
      if (step === "second") throw new Error("crash");
    };
    expect(() =>
      atomically(hook, (tx) => {
        tx.set(state, "n", 1);
        tx.push(state.list, 1);
        tx.onCommit(() => published.push("event"));
        tx.step("first");
        tx.set(state, "n", 2);
        tx.step("second");
      }),
    ).toThrow("crash");
    expect(state).toEqual({ n: 0, list: [] });
    expect(published).toEqual([]);
  });
});
