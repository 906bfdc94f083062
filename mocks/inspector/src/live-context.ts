import { createContext } from "preact";
import type { RequestLogEntry } from "./types.js";

/**
 * What views need from the live stream: `version` grows when the mock's state changed (a
 * ledger event, or a request that is not a read), so a view refetches; `requests` are the
 * requests logged since the page opened, newest first, for the Requests view.
 */
export interface Live {
  version: number;
  connected: boolean;
  requests: readonly RequestLogEntry[];
}

export const LiveContext = createContext<Live>({ version: 0, connected: false, requests: [] });
