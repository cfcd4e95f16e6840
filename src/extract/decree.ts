import { parseSkNumber } from '../domain/sk-number.js';
import type { InputFile } from '../sources/input.js';
import { type PdfOptions, readPdf } from '../sources/pdf.js';
import { extractAttachment } from './attachment.js';
import { extractClaims } from './claims.js';
import { extractDecreeText } from './decree-text.js';
import type { ExtractedDocument } from './document.js';
import { pageLines, textLines } from './layout.js';

/** Reads a decree PDF: header and claims from the body, appointees from the attachment table. */
export async function extractDecree(input: InputFile, options: PdfOptions): Promise<ExtractedDocument> {
  const pages = await readPdf(input, options);
  const lines = textLines(pages.flatMap(pageLines));
  const text = extractDecreeText(lines);
  const body = lines.filter((line) => text.bodyPages.includes(line.page));
  const { claims, amounts } = extractClaims(body);
  const attachment = extractAttachment(pages, text.attachmentPages);
  const numberRaw = text.decree.numberRaw;
  return {
    source: input.source,
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
