import type { PDFFont, PDFPage } from "pdf-lib";

/** A4 in PDF points, and the layout every mock PDF shares. */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const LINE = 13;

/** The three standard fonts every mock PDF writes with. */
export interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
  mono: PDFFont;
}

/**
 * Renders one mock PDF: loads pdf-lib (on the first PDF, not with the mock; it is pure
 * JavaScript, so the MSW handlers keep working in a browser), sets the title, the subject and
 * `date` as both of the document's dates (the same input renders to the same bytes), and
 * lets `draw` write the lines.
 */
export async function renderPdf(
  about: { title: string; subject: string; date: Date },
  draw: (writer: PageWriter, fonts: PdfFonts) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const { PDFDocument, StandardFonts } = await import("pdf-lib");
  const document = await PDFDocument.create();
  document.setTitle(about.title);
  document.setSubject(about.subject);
  document.setProducer("PacSpace mock");
  document.setCreator("PacSpace mock");
  document.setCreationDate(about.date);
  document.setModificationDate(about.date);
  const fonts = {
    regular: await document.embedFont(StandardFonts.Helvetica),
    bold: await document.embedFont(StandardFonts.HelveticaBold),
    mono: await document.embedFont(StandardFonts.Courier),
  };
  draw(new PageWriter(() => document.addPage([PAGE.width, PAGE.height])), fonts);
  // pdf-lib returns a Uint8Array over a plain ArrayBuffer (never a shared one)
  return (await document.save()) as Uint8Array<ArrayBuffer>;
}

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
