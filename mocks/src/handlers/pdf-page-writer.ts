import type { PDFFont, PDFPage } from "pdf-lib";

/** A4 in PDF points, and the layout every mock PDF shares. */
export const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const LINE = 13;

/** Writes lines top to bottom, wrapping long ones and starting a new page when one is full. */
export class PageWriter {
  #page: PDFPage | null = null;
  #y = 0;
  readonly #newPage: () => PDFPage;

  constructor(newPage: () => PDFPage) {
    this.#newPage = newPage;
  }

  text(font: PDFFont, size: number, text: string): void {
    for (const line of wrap(font, size, encodable(font, text), PAGE.width - 2 * MARGIN)) {
      const page = this.#pageWithRoom(size);
      page.drawText(line, { x: MARGIN, y: this.#y, size, font });
      this.#y -= Math.max(LINE, size + 4);
    }
  }

  gap(): void {
    this.#y -= LINE / 2;
  }

  #pageWithRoom(size: number): PDFPage {
    if (this.#page === null || this.#y - size < MARGIN) {
      this.#page = this.#newPage();
      this.#y = PAGE.height - MARGIN - size;
    }
    return this.#page;
  }
}

/** The standard fonts encode WinAnsi only: any other character (a CJK reason, say) prints as `?`. */
function encodable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return Array.from(text, (char) => (supported.has(char.codePointAt(0) as number) ? char : "?")).join("");
}

/** Splits `text` into lines no wider than `width`, by characters (hashes and URLs have no spaces). */
function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const char of text) {
    if (line !== "" && font.widthOfTextAtSize(line + char, size) > width) {
      lines.push(line);
      line = "";
    }
    line += char;
  }
  lines.push(line);
  return lines;
}
