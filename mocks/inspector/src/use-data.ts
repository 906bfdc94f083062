import { useContext, useEffect, useState } from "preact/hooks";
import { LiveContext } from "./live-context.js";

/**
 * Loads `load()` now, again when `deps` change, and again whenever the mock's state changes
 * (unless `live` is false). Keeps the last good data while reloading.
 */
export function useData<T>(
  load: () => Promise<T>,
  deps: unknown[],
  live = true,
): { data: T | null; error: string | null; reload: () => void } {
  const { version } = useContext(LiveContext);
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(null);
      },
      (reason: unknown) => {
        if (current) setError(reason instanceof Error ? reason.message : String(reason));
      },
    );
    return () => {
      current = false;
    };
  }, [...deps, live ? version : 0, nonce]);
  return { data, error, reload: () => setNonce((n) => n + 1) };
}
