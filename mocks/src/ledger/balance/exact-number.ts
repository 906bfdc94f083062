import { Decimal } from "../kernel/core.js";

/**
 * Exact decimals on the wire. Balances are exact sums, and a JSON number may carry any
 * number of digits, so derive and compare write a balance with all of its digits even when
 * no double holds it (`1000000000` + `1e-9` is written `1000000000.000000001`), and compare
 * reads the claimed balances from the digits sent, not from the nearest double. A value a
 * double holds exactly stays a plain number; only the others become an `ExactNumber`, which
 * behaves as its nearest double in arithmetic and is written with its exact digits by
 * `stringifyJson`.
 */

const nonce = Array.from(globalThis.crypto.getRandomValues(new Uint32Array(2)), (word) =>
  word.toString(36),
).join("");
/** Marks an exact number inside `JSON.stringify` output; the nonce keeps client strings from forging it. */
const MARKER = `\u0001exact-${nonce}:`;
/** Marks where `stringifyJson` puts a JSON text written ahead (see `JsonText`), by its number. */
const TEXT_MARKER = `\u0001text-${nonce}:`;
const MARKED = new RegExp(`"\\\\u0001(?:exact-${nonce}:(-?\\d+(?:\\.\\d+)?)|text-${nonce}:(\\d+))"`, "g");

class ExactNumber extends Number {
  constructor(private readonly digits: string) {
    super(Number(digits));
  }

  toJSON(): string {
    return MARKER + this.digits;
  }
}

/** `value` as an API number: a plain number when a double holds it exactly, else an ExactNumber. */
export function exactNumber(value: Decimal): number {
  const nearest = value.toNumber();
  if (Decimal.from(nearest).equals(value)) return nearest;
  return new ExactNumber(value.toString()) as unknown as number;
}

/** The texts of the JsonTexts met by the `stringifyJson` running now; null outside one. */
let texts: string[] | null = null;

/**
 * A value already written as JSON text (e.g. a page of rows written without an object per
 * row): `stringifyJson` puts the text in as it is; plain `JSON.stringify` writes `value()`.
 */
export class JsonText {
  private parsed: unknown;
  private hasParsed = false;

  constructor(readonly text: string) {}

  /** The value the text holds, parsed on first use. */
  value(): unknown {
    if (!this.hasParsed) {
      this.parsed = JSON.parse(this.text);
      this.hasParsed = true;
    }
    return this.parsed;
  }

  toJSON(): unknown {
    return texts === null ? this.value() : TEXT_MARKER + (texts.push(this.text) - 1);
  }
}

/** `JSON.stringify(value)`, with every ExactNumber written as its exact digits and every JsonText as its text. */
export function stringifyJson(value: unknown): string {
  const outer = texts;
  const inner: string[] = [];
  texts = inner;
  let text: string;
  try {
    text = JSON.stringify(value);
  } finally {
    texts = outer;
  }
  if (inner.length === 0 && !text.includes("\\u0001exact-")) return text;
  return text.replace(
    MARKED,
    (_match, digits: string | undefined, position: string | undefined) =>
      digits ?? (inner[Number(position)] as string),
  );
}

/**
 * The number tokens of a JSON object text's top-level members, as written (`{"a":1.50}` →
 * `a → "1.50"`). The text must already have parsed as JSON.
 */
export function topLevelNumberTokens(text: string): Map<string, string> {
  const tokens = new Map<string, string>();
  let depth = 0;
  let key: string | null = null;
  let afterColon = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '"') {
      const end = stringEnd(text, i);
      if (depth === 1 && !afterColon) key = JSON.parse(text.slice(i, end + 1)) as string;
      afterColon = false;
      i = end;
    } else if (char === "{" || char === "[") {
      depth++;
      afterColon = false;
    } else if (char === "}" || char === "]") {
      depth--;
    } else if (char === ":") {
      afterColon = depth === 1;
    } else if (afterColon && (char === "-" || (char >= "0" && char <= "9"))) {
      const match = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 2048));
      if (match && key !== null) tokens.set(key, match[0]);
      afterColon = false;
      i += (match?.[0].length ?? 1) - 1;
    } else if (char !== " " && char !== "\t" && char !== "\n" && char !== "\r") {
      afterColon = false;
    }
  }
  return tokens;
}

/** Index of the quote closing the JSON string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}
