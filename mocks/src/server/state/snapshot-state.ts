import { statePartOf } from "../../state-parts.js";
import { snapshotClasses } from "./snapshot-classes.js";
import { decodeGraph, type EncodedGraph, encodeGraph } from "./snapshot-graph.js";

/**
 * The whole state of a mock as a graph, and back. What it holds is what the mock's parts
 * register (`registerMockStatePart`); the parts' clock is wiring, saved by name and
 * supplied by the loading mock.
 */

const registry = snapshotClasses();

export function captureMockState(mock: object): EncodedGraph {
  const part = partOf(mock);
  return encodeGraph(part.save(), registry, wiringByObject(part.wiring));
}

/**
 * Reads a captured state for `mock` and returns what loads it: a snapshot that does not
 * decode throws here, before anything of the mock has changed.
 */
export function prepareMockState(mock: object, graph: EncodedGraph): () => void {
  const part = partOf(mock);
  const wiring = new Map<string, unknown>(Object.entries(part.wiring ?? {}));
  const saved = decodeGraph(graph, registry, wiring);
  return () => part.load(saved);
}

function partOf(mock: object) {
  const part = statePartOf(mock);
  if (!part) throw new Error("this mock registers no state to snapshot");
  return part;
}

function wiringByObject(wiring: Readonly<Record<string, object>> | undefined): Map<unknown, string> {
  return new Map(Object.entries(wiring ?? {}).map(([name, object]) => [object, name]));
}
