import { parseSkNumber } from '../domain/sk-number.js';
import type { InputFile } from '../sources/input.js';
import { LOW_CONFIDENCE } from '../sources/ocr.js';
import { openPdf, type PdfDocument, type PdfOcr, type PdfOptions } from '../sources/pdf.js';
import { type AttachmentTable, extractAttachment } from './attachment.js';
import { extractClaims } from './claims.js';
import { extractDecreeText } from './decree-text.js';
import type { ExtractedDocument, Note } from './document.js';
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
  if (text.notADecree !== null) return otherDocument(source, pdf, text.notADecree);
  const body = lines.filter((line) => text.bodyPages.includes(line.page));
  const { claims, amounts } = extractClaims(body);
  const attachment = await readAttachment(pdf, text.attachmentPages);
  const numberRaw = text.decree.numberRaw;
  return {
    ...(pdf.ocr ? { ocr: { confidence: pdf.ocr.confidence } } : {}),
    source,
    kind: 'pdf',
    decree: text.decree,
    skNumber: numberRaw ? parseSkNumber(numberRaw) : null,
    claims,
    records: attachment.records,
    notes: pdf.ocr ? ocrNotes(pdf.ocr) : [],
    decreeParts: {
      attachmentBlock: text.attachmentBlock,
      mentionsAttachment: text.mentionsAttachment,
      attachment,
      amounts,
    },
  };
}

/** A PDF that is no decree: its one finding says what it looks like; no number, claim or table is read. */
function otherDocument(source: string, pdf: PdfDocument, why: string): ExtractedDocument {
  return {
    ...(pdf.ocr ? { ocr: { confidence: pdf.ocr.confidence } } : {}),
    source,
    kind: 'pdf',
    decree: null,
    skNumber: null,
    claims: [],
    records: [],
    notes: [{ code: 'not-a-decree', message: why }, ...(pdf.ocr ? ocrNotes(pdf.ocr) : [])],
  };
}

/**
 * Ruling lines cost about as much to read as the text, and a table needs them only where its rows
 * cannot be told apart without: cells centred vertically (Chromium, Word), a numbering row over the
 * rest of a row cut by the page break. When the first attachment page reads the same with and
 * without its rules, the other pages are read without theirs, and any page whose reading is then in
 * doubt is read again with them.
 */
async function readAttachment(
  pdf: PdfDocument,
  attachmentPages: readonly number[],
): Promise<AttachmentTable> {
  const [first, ...rest] = attachmentPages;
  const page = first === undefined ? undefined : pdf.pages[first - 1];
  if (first === undefined || !page) return extractAttachment(pdf.pages, attachmentPages);
  await pdf.loadRules([first]);
  if (page.rules.length > 0) {
    const rows = (pages: typeof pdf.pages) =>
      JSON.stringify(extractAttachment(pages, [first]).records.map((record) => record.appointee));
    const withRules = rows([page]);
    if (withRules === '[]' || withRules !== rows([{ ...page, rules: [] }])) {
      await pdf.loadRules(rest);
      return extractAttachment(pdf.pages, attachmentPages);
    }
  }
  const table = extractAttachment(pdf.pages, attachmentPages);
  const again = doubtfulPages(table, first);
  if (again.length === 0) return table;
  await pdf.loadRules(again);
  return extractAttachment(pdf.pages, attachmentPages);
}

/**
 * Pages read without their rules whose reading is in doubt: other columns than the first page's, a
 * note, a row continued, or a person without a name, NIP or grade, or without an ESELON cell the
 * table has.
 */
function doubtfulPages(table: AttachmentTable, first: number): number[] {
  const columns = table.trace.find((trace) => trace.page === first)?.edges?.length;
  const hasEchelon = table.trace.some((trace) => trace.fields.includes('echelon'));
  const incomplete = new Set(
    table.records
      .filter(
        ({ appointee, echelonText }) =>
          !appointee.nameRaw || !appointee.nip || !appointee.grade || (hasEchelon && !echelonText),
      )
      .map(({ appointee }) => appointee.page),
  );
  return table.trace
    .filter(
      (trace) =>
        trace.page !== first &&
        (trace.note !== undefined ||
          trace.edges?.length !== columns ||
          incomplete.has(trace.page) ||
          trace.bands.some((band) => band.kind === 'continuation')),
    )
    .map((trace) => trace.page);
}

/** `1-4`, `1, 3-5`: page numbers as a reader writes them. */
export function pageRanges(numbers: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && (numbers[j + 1] ?? 0) === (numbers[j] ?? 0) + 1) j++;
    ranges.push(i === j ? `${numbers[i]}` : `${numbers[i]}-${numbers[j]}`);
    i = j + 1;
  }
  return ranges.join(', ');
}

/** What OCR did: one `ocr-used`, and a warning for each page it was unsure of. */
export function ocrNotes(ocr: PdfOcr): Note[] {
  const numbers = ocr.pages.map((page) => page.number);
  const repaired = ocr.pages.reduce((sum, page) => sum + page.repaired, 0);
  const notes: Note[] = [
    {
      code: 'ocr-used',
      message: `page${numbers.length > 1 ? 's' : ''} ${pageRanges(numbers)} read by OCR (mean confidence ${Math.round(ocr.confidence)}), ${repaired} word${repaired === 1 ? '' : 's'} repaired`,
    },
  ];
  for (const page of ocr.pages) {
    if (page.confidence >= LOW_CONFIDENCE) continue;
    notes.push({
      code: 'ocr-low-confidence',
      page: page.number,
      message: `OCR mean confidence ${Math.round(page.confidence)}, below ${LOW_CONFIDENCE}: check this page against the paper`,
    });
  }
  return notes;
}
