/**
 * A hash index of small non-negative integers (rows, entry numbers) kept in one Int32Array:
 * open addressing with linear probing (-1: empty), load ≤ 1/2, so an index of a million
 * entries costs 8–16 bytes each and no object per entry. The entries' keys live elsewhere:
 * the owner passes `hashOf(entry)`, which reads an entry's key hash, to every call that
 * places or moves entries (the table holds no function, so a snapshot of it is plain data),
 * and `find` compares keys through a callback.
 */
export class ProbeTable {
  private slots = new Int32Array(64).fill(-1);
  private count = 0;

  /** The entry whose key hashes to `hash` and `matches`, or -1. */
  find(hash: number, matches: (entry: number) => boolean): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] as number;
      if (entry < 0 || matches(entry)) return entry;
    }
  }

  add(entry: number, hashOf: (entry: number) => number): void {
    if ((this.count + 1) * 2 > this.slots.length) {
      const old = this.slots;
      this.slots = new Int32Array(old.length * 2).fill(-1);
      for (const existing of old) if (existing >= 0) this.place(existing, hashOf);
    }
    this.place(entry, hashOf);
    this.count++;
  }

  private place(entry: number, hashOf: (entry: number) => number): void {
    const mask = this.slots.length - 1;
    let slot = hashOf(entry) & mask;
    while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  /** Removes an indexed entry (Knuth's deletion for linear probing: no tombstones). */
  remove(entry: number, hashOf: (entry: number) => number): void {
    const mask = this.slots.length - 1;
    let hole = hashOf(entry) & mask;
    while (this.slots[hole] !== entry) hole = (hole + 1) & mask;
    this.slots[hole] = -1;
    this.count--;
    for (let next = (hole + 1) & mask; (this.slots[next] as number) >= 0; next = (next + 1) & mask) {
      const home = hashOf(this.slots[next] as number) & mask;
      // an entry whose home lies cyclically in (hole, next] is still reachable: it stays
      const reachable = hole <= next ? hole < home && home <= next : hole < home || home <= next;
      if (reachable) continue;
      this.slots[hole] = this.slots[next] as number;
      this.slots[next] = -1;
      hole = next;
    }
  }
}
