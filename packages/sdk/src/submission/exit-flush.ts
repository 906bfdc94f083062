/**
 * One `pagehide` listener (browsers) or `beforeExit` listener (Node, Bun, Deno) for every
 * submitter with summaries to flush, installed while at least one is registered, so many clients
 * add no more than one listener.
 */

type ExitFlush = () => void;

interface ProcessEvents {
  on(event: "beforeExit", listener: () => void): unknown;
  off(event: "beforeExit", listener: () => void): unknown;
}

interface PageEvents {
  addEventListener(event: "pagehide", listener: () => void): void;
  removeEventListener(event: "pagehide", listener: () => void): void;
}

const registered = new Set<ExitFlush>();

function runAll(): void {
  for (const flush of registered) flush();
}

function processEvents(): ProcessEvents | undefined {
  const candidate = (globalThis as { process?: Partial<ProcessEvents> }).process;
  return typeof candidate?.on === "function" && typeof candidate.off === "function"
    ? (candidate as ProcessEvents)
    : undefined;
}

function pageEvents(): PageEvents | undefined {
  const candidate = globalThis as Partial<PageEvents> & { document?: unknown };
  return candidate.document !== undefined && typeof candidate.addEventListener === "function"
    ? (candidate as PageEvents)
    : undefined;
}

// A page is checked first: bundlers may give browser code a `process` shim.
function install(): void {
  const page = pageEvents();
  if (page !== undefined) page.addEventListener("pagehide", runAll);
  else processEvents()?.on("beforeExit", runAll);
}

function uninstall(): void {
  const page = pageEvents();
  if (page !== undefined) page.removeEventListener("pagehide", runAll);
  else processEvents()?.off("beforeExit", runAll);
}

export function registerExitFlush(flush: ExitFlush): void {
  if (registered.has(flush)) return;
  registered.add(flush);
  if (registered.size === 1) install();
}

export function unregisterExitFlush(flush: ExitFlush): void {
  if (!registered.delete(flush)) return;
  if (registered.size === 0) uninstall();
}
