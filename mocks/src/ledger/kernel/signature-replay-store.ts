import type { Clock } from "../../clock.js";

export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

/** Signatures seen within their validity window, so each is accepted only once. */
export class SignatureReplayStore {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    readonly toleranceSeconds: number = DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
  ) {}

  /** Records the signature; false when it was already used. Synchronous: no await between check and record. */
  claim(keyId: string, signature: string, timestampSeconds: number): boolean {
    const now = this.clock.now();
    for (const [entry, expiresAt] of this.seen) if (expiresAt <= now) this.seen.delete(entry);
    const entry = `${keyId}:${signature}`;
    if (this.seen.has(entry)) return false;
    // Once the timestamp is outside the tolerance the signature is refused as expired anyway.
    this.seen.set(entry, (timestampSeconds + this.toleranceSeconds) * 1000 + 1);
    return true;
  }

  reset(): void {
    this.seen.clear();
  }
}
