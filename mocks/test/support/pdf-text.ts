import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text of every page of a PDF as PDF.js reads it back, line by line. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  let text = "";
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    for (const item of content.items) if ("str" in item) text += item.hasEOL ? `${item.str}\n` : item.str;
    text += "\n";
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text };
}
