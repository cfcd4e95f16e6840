import { parseSkNumber } from '../domain/sk-number.js';
import type { InputFile } from '../sources/input.js';
import { openPdf, type PdfDocument, type PdfOptions } from '../sources/pdf.js';
import { extractAttachment } from './attachment.js';
import { extractClaims } from './claims.js';
import { extractDecreeText } from './decree-text.js';
import type { ExtractedDocument } from './document.js';
import { pageLines, textLines } from './layout.js';

/** Reads a decree PDF: header and claims from the body, appointees from the attachment table. */
export async function extractDecree(input: InputFile, options: PdfOptions): Promise<ExtractedDocument> {
  const pdf = await openPdf(input, options);
  try {
    return await read(input.source, pdf);
  } finally {
    await pdf.close();
  }
}

async function read(source: string, pdf: PdfDocument): Promise<ExtractedDocument> {
  const lines = textLines(pdf.pages.flatMap(pageLines));
  const text = extractDecreeText(lines);
  const body = lines.filter((line) => text.bodyPages.includes(line.page));
  const { claims, amounts } = extractClaims(body);
  // A table without rules on its first page has none on the others: skip their drawing operations.
  const [first, ...rest] = text.attachmentPages;
  if (first !== undefined) {
    await pdf.loadRules([first]);
    if (pdf.pages[first - 1]?.rules.length) await pdf.loadRules(rest);
  }
  const attachment = extractAttachment(pdf.pages, text.attachmentPages);
  const numberRaw = text.decree.numberRaw;
  return {
    source,
    kind: 'pdf',
    decree: text.decree,
    skNumber: numberRaw ? parseSkNumber(numberRaw) : null,
    claims,
    records: attachment.records,
    notes: [],
    decreeParts: {
      attachmentBlock: text.attachmentBlock,
      mentionsAttachment: text.mentionsAttachment,
      attachment,
      amounts,
    },
  };
}
