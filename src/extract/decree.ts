import { pageRanges } from '../i18n/outcome.js';
import { type Spoken, say } from '../i18n/said.js';
import type { Kind } from '../model.js';
import { openImage } from '../ocr/image.js';
import { LOW_CONFIDENCE } from '../ocr/ocr.js';
import { openPdf, type PdfDocument, type PdfOcr, type PdfOptions } from '../pdf/pdf.js';
import type { InputFile } from '../sources/input.js';
import { type AttachmentTable, extractAttachment } from './attachment.js';
import { numberAttachments } from './attachment-sections.js';
import { extractClaims } from './claims.js';
import { unusedHintNotes, withDocumentHints } from './column-hints.js';
import { extractDecreeText } from './decree-text.js';
import type { ExtractedDocument, Note } from './document.js';
import { pageLines, textLines } from './layout.js';
import { readList } from './list.js';
import { repairDecreeNumbers } from './number-repair.js';
import type { TextLine } from './text-lines.js';

/**
 * Reads a decree PDF: header and claims from the body, appointees from the attachment table. A list
 * of appointees (no decree around its table) gives one document per decree its rows are grouped
 * under (see list.ts); anything else, one document.
 */
export async function extractDecree(input: InputFile, options: PdfOptions): Promise<ExtractedDocument[]> {
  const pdf = input.kind === 'image' ? await openImage(input, options) : await openPdf(input, options);
  try {
    return await read(input, pdf);
  } finally {
    await pdf.close();
  }
}

async function read({ source, kind }: InputFile, pdf: PdfDocument): Promise<ExtractedDocument[]> {
  const lines = textLines(pdf.pages.flatMap(pageLines));
  const text = extractDecreeText(lines);
  if (text.notADecree !== null) {
    // A title that says what the document is (a recap, a seniority list) is taken at its word.
    const list = text.looksLike === null ? await readPdfList(source, kind, pdf, lines) : [];
    return list.length > 0 ? list : [otherDocument(source, kind, pdf, text.notADecree)];
  }
  const body = lines.filter((line) => text.bodyPages.includes(line.page));
  const { claims, amounts } = extractClaims(body);
  const hinted = await withDocumentHints(text.decree, async () => ({
    attachment: await readAttachment(pdf, text.attachmentPages),
    notes: unusedHintNotes(),
  }));
  const { attachment } = hinted;
  numberAttachments(attachment, lines, text.attachmentPages);
  const numbers = repairDecreeNumbers(text, lines, pdf.ocr);
  const doc: ExtractedDocument = {
    ...(pdf.ocr ? { ocr: { confidence: pdf.ocr.confidence } } : {}),
    source,
    kind,
    decree: numbers.decree,
    skNumber: numbers.skNumber,
    claims,
    records: attachment.records,
    notes: [...readerNotes(pdf), ...numbers.notes, ...hinted.notes],
    ...withoutText(pdf),
    decreeParts: {
      attachmentBlock: numbers.attachmentBlock,
      body: text.body,
      mentionsAttachment: text.mentionsAttachment,
      attachment,
      amounts,
    },
  };
  return [doc];
}

/**
 * A PDF with no decree around a table of people (a list of the officials sworn in, a lampiran
 * printed without its heading block): the table read as a lampiran over every page, one document
 * per decree its group lines name. None when there is no such table.
 */
function readPdfList(
  source: string,
  kind: Kind,
  pdf: PdfDocument,
  lines: readonly TextLine[],
): Promise<ExtractedDocument[]> {
  const base = {
    ...(pdf.ocr ? { ocr: { confidence: pdf.ocr.confidence } } : {}),
    source,
    kind,
    notes: readerNotes(pdf),
    ...withoutText(pdf),
  };
  // Without two NIPs on its lines no page holds a table of people: no rules are loaded.
  return readList(
    base,
    lines,
    () =>
      readAttachment(
        pdf,
        pdf.pages.map((page) => page.number),
      ),
    pdf.ocr?.pages.map((page) => page.number),
  );
}

/** A PDF that is no decree: its one finding says what it looks like; no number, claim or table is read. */
function otherDocument(source: string, kind: Kind, pdf: PdfDocument, why: Spoken): ExtractedDocument {
  return {
    ...(pdf.ocr ? { ocr: { confidence: pdf.ocr.confidence } } : {}),
    source,
    kind,
    decree: null,
    skNumber: null,
    claims: [],
    records: [],
    notes: [{ code: 'not-a-decree', ...why }, ...readerNotes(pdf)],
    ...withoutText(pdf),
  };
}

/** The pages nothing was read from, when there are any. */
function withoutText(pdf: PdfDocument): Pick<ExtractedDocument, 'pagesWithoutText'> {
  return pdf.pagesWithoutText.length > 0 ? { pagesWithoutText: [...pdf.pagesWithoutText] } : {};
}

/** What reading the PDF says of itself: what OCR did, and the pages whose text layer was not text. */
function readerNotes(pdf: PdfDocument): Note[] {
  const notes = pdf.ocr ? ocrNotes(pdf.ocr) : [];
  const unusable = pdf.unusableTextPages;
  if (unusable.length > 0) {
    notes.push({
      code: 'text-layer-unusable',
      ...say('text-layer-unusable', { count: unusable.length, pages: pageRanges(unusable) }),
    });
  }
  return notes;
}

/**
 * The attachment table, read with the ruling lines of every attachment page. PDFium reads them in
 * the same pass as the text, so they cost nothing more; reading pages without them saved pdf.js's
 * time but risked a table read wrong wherever a page differed from the first.
 */
async function readAttachment(
  pdf: PdfDocument,
  attachmentPages: readonly number[],
): Promise<AttachmentTable> {
  await pdf.loadRules(attachmentPages);
  return extractAttachment(pdf.pages, attachmentPages);
}

/** What OCR did: one `ocr-used`, and a warning for each page it was unsure of. */
export function ocrNotes(ocr: PdfOcr): Note[] {
  const numbers = ocr.pages.map((page) => page.number);
  const repaired = ocr.pages.reduce((sum, page) => sum + page.repaired, 0);
  const notes: Note[] = [
    {
      code: 'ocr-used',
      ...say('ocr-used', {
        count: numbers.length,
        pages: pageRanges(numbers),
        confidence: Math.round(ocr.confidence),
        repaired,
      }),
    },
  ];
  for (const page of ocr.pages) {
    if (page.confidence >= LOW_CONFIDENCE) continue;
    notes.push({
      code: 'ocr-low-confidence',
      page: page.number,
      ...say('ocr-low-confidence', { confidence: Math.round(page.confidence), threshold: LOW_CONFIDENCE }),
    });
  }
  return notes;
}
