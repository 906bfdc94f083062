/**
 * Writes an object graph as JSON and reads it back with its shape intact: shared and
 * cyclic references stay shared, Maps, Sets, typed arrays, bigints, `undefined`, NaN, ±∞
 * and −0 survive, and instances of known classes get their prototype back. A getter
 * property is written as the value it returns (a lazily computed field becomes a stored
 * one). Wiring the loading side supplies itself (the clock, the id generator) is written by
 * name (`wiring`). Any other function, and an instance of an unknown class, is an error
 * that names its path, so a store whose shape changes cannot be half-saved without notice.
 *
 * Layout: `{ root, objects }`. `objects[i]` is one of
 * `["o", className|null, [[key, value]…]]`, `["a", [values]]`, `["m", [[key, value]…]]`,
 * `["s", [values]]`, `["t", typedArrayName, base64]`. A value is a JSON string, finite
 * number, boolean or null as itself, or a one-key object: `{r: i}` (a reference to
 * `objects[i]`), `{n: "NaN"|"Infinity"|"-Infinity"|"-0"}`, `{u: 1}` (undefined),
 * `{b: "123"}` (bigint), `{k: "name"}` (wiring).
 */

export interface EncodedGraph {
  root: EncodedValue;
  objects: EncodedObject[];
}

export type EncodedValue =
  | string
  | number
  | boolean
  | null
  | { r: number }
  | { n: "NaN" | "Infinity" | "-Infinity" | "-0" }
  | { u: 1 }
  | { b: string }
  | { k: string };

export type EncodedObject =
  | ["o", string | null, Array<[string, EncodedValue]>]
  | ["a", EncodedValue[]]
  | ["m", Array<[EncodedValue, EncodedValue]>]
  | ["s", EncodedValue[]]
  | ["t", string, string];

/** What a graph may hold besides data: class prototypes by name. */
export interface ClassRegistry {
  classes: ReadonlyMap<string, object>;
}

const TYPED_ARRAYS: Record<string, new (buffer: ArrayBuffer) => ArrayBufferView> = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
};

export class SnapshotShapeError extends Error {
  override readonly name = "SnapshotShapeError";
}

/**
 * Encodes `root`; `wiring` names the objects the loading side supplies itself.
 */
export function encodeGraph(
  root: unknown,
  registry: ClassRegistry,
  wiring: ReadonlyMap<unknown, string>,
): EncodedGraph {
  const names = new Map<object, string>();
  for (const [name, prototype] of registry.classes) names.set(prototype, name);
  const ids = new Map<object, number>();
  const objects: EncodedObject[] = [];

  const value = (input: unknown, path: string): EncodedValue => {
    switch (typeof input) {
      case "string":
      case "boolean":
        return input;
      case "number":
        if (Number.isNaN(input)) return { n: "NaN" };
        if (input === Number.POSITIVE_INFINITY) return { n: "Infinity" };
        if (input === Number.NEGATIVE_INFINITY) return { n: "-Infinity" };
        if (Object.is(input, -0)) return { n: "-0" };
        return input;
      case "undefined":
        return { u: 1 };
      case "bigint":
        return { b: input.toString() };
      case "function": {
        const named = wiring.get(input);
        if (named !== undefined) return { k: named };
        throw new SnapshotShapeError(`${path} is a function the snapshot cannot hold`);
      }
      case "symbol":
        throw new SnapshotShapeError(`${path} is a symbol the snapshot cannot hold`);
    }
    if (input === null) return null;
    const named = wiring.get(input);
    if (named !== undefined) return { k: named };
    const known = ids.get(input as object);
    if (known !== undefined) return { r: known };
    const id = objects.length;
    ids.set(input as object, id);
    objects.push(["a", []]);
    objects[id] = object(input as object, path);
    return { r: id };
  };

  const object = (input: object, path: string): EncodedObject => {
    if (Array.isArray(input)) return ["a", input.map((item, i) => value(item, `${path}.${i}`))];
    if (input instanceof Map) {
      const entries: Array<[EncodedValue, EncodedValue]> = [];
      for (const [key, item] of input)
        entries.push([value(key, `${path}.<key>`), value(item, `${path}.${String(key)}`)]);
      return ["m", entries];
    }
    if (input instanceof Set) return ["s", [...input].map((item) => value(item, `${path}.<item>`))];
    if (ArrayBuffer.isView(input) && !(input instanceof DataView)) {
      const name = input.constructor.name;
      if (!(name in TYPED_ARRAYS))
        throw new SnapshotShapeError(`${path} is a ${name} the snapshot cannot hold`);
      return ["t", name, Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString("base64")];
    }
    if (input instanceof WeakRef || input instanceof WeakMap || input instanceof WeakSet) {
      throw new SnapshotShapeError(`${path} is a weak reference the snapshot cannot hold`);
    }
    const prototype = Object.getPrototypeOf(input);
    let className: string | null = null;
    if (prototype !== Object.prototype && prototype !== null) {
      className = names.get(prototype) ?? null;
      if (className === null) {
        throw new SnapshotShapeError(
          `${path} is an instance of ${prototype.constructor?.name ?? "an unknown class"}, which the snapshot does not know`,
        );
      }
    }
    const entries: Array<[string, EncodedValue]> = [];
    for (const key of Object.keys(input)) {
      const descriptor = Object.getOwnPropertyDescriptor(input, key) as PropertyDescriptor;
      const field = descriptor.get ? descriptor.get.call(input) : descriptor.value;
      entries.push([key, value(field, `${path}.${key}`)]);
    }
    return ["o", className, entries];
  };

  return { root: value(root, ""), objects };
}

/** Decodes a graph; `wiring` supplies the named objects. */
export function decodeGraph(
  graph: EncodedGraph,
  registry: ClassRegistry,
  wiring: ReadonlyMap<string, unknown>,
): unknown {
  const made: unknown[] = new Array(graph.objects.length);
  const filled: boolean[] = new Array(graph.objects.length).fill(false);

  const value = (input: EncodedValue): unknown => {
    if (input === null || typeof input !== "object") return input;
    if ("r" in input) return reference(input.r);
    if ("n" in input) return input.n === "-0" ? -0 : Number(input.n);
    if ("u" in input) return undefined;
    if ("b" in input) return BigInt(input.b);
    if ("k" in input) {
      if (!wiring.has(input.k)) throw new SnapshotShapeError(`no ${input.k} to load the snapshot with`);
      return wiring.get(input.k);
    }
    throw new SnapshotShapeError(`unknown value ${JSON.stringify(input)}`);
  };

  // Containers are made first and filled afterwards, so cycles resolve to the same object.
  const reference = (id: number): unknown => {
    if (made[id] !== undefined) return made[id];
    const encoded = graph.objects[id];
    if (encoded === undefined) throw new SnapshotShapeError(`reference to missing object ${id}`);
    switch (encoded[0]) {
      case "a":
        made[id] = [];
        break;
      case "m":
        made[id] = new Map();
        break;
      case "s":
        made[id] = new Set();
        break;
      case "t": {
        const View = TYPED_ARRAYS[encoded[1]];
        if (!View) throw new SnapshotShapeError(`unknown typed array ${encoded[1]}`);
        const bytes = Buffer.from(encoded[2], "base64");
        const buffer = new ArrayBuffer(bytes.length);
        new Uint8Array(buffer).set(bytes);
        made[id] = new View(buffer);
        filled[id] = true;
        return made[id];
      }
      case "o": {
        const prototype = encoded[1] === null ? Object.prototype : registry.classes.get(encoded[1]);
        if (prototype === undefined) throw new SnapshotShapeError(`unknown class ${encoded[1]}`);
        made[id] = Object.create(prototype);
        break;
      }
    }
    fill(id, encoded);
    return made[id];
  };

  const fill = (id: number, encoded: EncodedObject) => {
    if (filled[id]) return;
    filled[id] = true;
    const target = made[id];
    switch (encoded[0]) {
      case "a":
        for (const item of encoded[1]) (target as unknown[]).push(value(item));
        return;
      case "m":
        for (const [key, item] of encoded[1]) (target as Map<unknown, unknown>).set(value(key), value(item));
        return;
      case "s":
        for (const item of encoded[1]) (target as Set<unknown>).add(value(item));
        return;
      case "o":
        for (const [key, item] of encoded[2]) {
          Object.defineProperty(target, key, {
            value: value(item),
            writable: true,
            enumerable: true,
            configurable: true,
          });
        }
        return;
    }
  };

  return value(graph.root);
}
