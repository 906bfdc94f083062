/** Outcome of a proof check. Checks never throw on bad data; they say why it is invalid. */
export type ProofCheck = { valid: true } | { valid: false; reason: string };

export const VALID: { valid: true } = Object.freeze({ valid: true });

export function invalid(reason: string): { valid: false; reason: string } {
  return { valid: false, reason };
}
