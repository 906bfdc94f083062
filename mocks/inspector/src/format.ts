/** Display helpers shared by the views. */

export const amount = (value: number) =>
  value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 6 });

export const time = (iso: string | null | undefined) =>
  iso ? iso.replace("T", " ").replace(/\.\d+Z$/, "Z") : "—";

export const short = (hash: string, keep = 10) =>
  hash.length > keep * 2 + 1 ? `${hash.slice(0, keep)}…${hash.slice(-6)}` : hash;

/** The public part of a key and a mask where the secret was. */
export const maskedKey = (publicKey: string) => `${publicKey}.••••••••`;
