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
  await loadRulesWhereNeeded(pdf, text.attachmentPages);
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

/**
 * Ruling lines cost as much to read as the text, and a table needs them only when its rows cannot be
 * told apart without: cells centred vertically (Chromium, Word). The first attachment page decides:
 * when it reads the same with and without its rules, the other pages are read without theirs.
 */
async function loadRulesWhereNeeded(pdf: PdfDocument, attachmentPages: readonly number[]): Promise<void> {
  const [first, ...rest] = attachmentPages;
  const page = first === undefined ? undefined : pdf.pages[first - 1];
  if (first === undefined || !page) return;
  await pdf.loadRules([first]);
  if (page.rules.length === 0) return;
  const rows = (pages: typeof pdf.pages) =>
    JSON.stringify(extractAttachment(pages, [first]).records.map((record) => record.appointee));
  const withRules = rows([page]);
  const without = rows([{ ...page, rules: [] }]);
  if (withRules !== without || withRules === '[]') await pdf.loadRules(rest);
}
