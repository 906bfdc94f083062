import { api } from "./api.js";
import { useData } from "./use-data.js";

/** Record ids the request log saw answered from an idempotency key (a replay). */
export function useReplayedRecords(): ReadonlySet<string> {
  const { data } = useData(async () => {
    const { requests } = await api.replays();
    return new Set(requests.flatMap((entry) => entry.replayedRecordIds));
  }, []);
  return data ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();
