import { CONTROL_TOKEN_HEADER, controlToken } from "./control-token.js";

/**
 * Reads the control API's server-sent events (`GET /__mock/events/stream`) with fetch
 * rather than EventSource, so the control token travels in its header like on every other
 * control call. Reconnects a second after the stream ends or fails.
 */

export type LiveListener = (event: string, data: unknown) => void;

export function subscribeLive(onEvent: LiveListener, onConnected: (connected: boolean) => void): () => void {
  let stopped = false;
  let controller: AbortController | null = null;

  const connect = async () => {
    controller = new AbortController();
    const token = controlToken();
    try {
      const response = await fetch("/__mock/events/stream", {
        headers: token ? { [CONTROL_TOKEN_HEADER]: token } : {},
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
      onConnected(true);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf("\n\n");
        while (end !== -1) {
          dispatch(buffer.slice(0, end), onEvent);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      // reconnect below
    }
    onConnected(false);
    if (!stopped) setTimeout(connect, 1000);
  };
  void connect();
  return () => {
    stopped = true;
    controller?.abort();
  };
}

function dispatch(frame: string, onEvent: LiveListener): void {
  let event = "message";
  const data: string[] = [];
  for (const line of frame.split("\n")) {
    if (line.startsWith("event: ")) event = line.slice(7);
    else if (line.startsWith("data: ")) data.push(line.slice(6));
  }
  if (data.length === 0) return;
  try {
    onEvent(event, JSON.parse(data.join("\n")));
  } catch {
    // a frame that is not JSON is not ours
  }
}
