export interface ParsedApiKey {
  environment: "test" | "live";
  publicId: string;
  secret: string;
  /** `pk_{environment}_{publicId}`: the part that identifies the key without the secret. */
  publicKey: string;
}

const API_KEY = /^pk_(test|live)_([A-Za-z0-9]+)\.([\s\S]+)$/;

/** Splits `pk_{test|live}_{publicId}.{secret}` at the first dot; null when the shape is wrong. */
export function parseApiKey(key: unknown): ParsedApiKey | null {
  if (typeof key !== "string") return null;
  const match = API_KEY.exec(key);
  if (!match) return null;
  const [, environment, publicId, secret] = match as unknown as [string, "test" | "live", string, string];
  return { environment, publicId, secret, publicKey: `pk_${environment}_${publicId}` };
}
