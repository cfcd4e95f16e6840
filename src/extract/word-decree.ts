import { parseSkNumber } from '../domain/sk-number.js';
import type { InputFile } from '../sources/input.js';
import {
  readWordDocument,
  type WordBlock,
  type WordKind,
  type WordOptions,
  type WordTable,
} from '../sources/word.js';
import { numberAttachments } from './attachment-sections.js';
import { cellAttachment } from './cell-attachment.js';
import { extractClaims } from './claims.js';
import { extractDecreeText, isAttachmentStart } from './decree-text.js';
import type { ExtractedDocument } from './document.js';
import { readList } from './list.js';
import type { TextLine } from './text-lines.js';

/**
 * Reads a decree drafted in a word processor (`.docx`, `.odt`): header and dicta from its paragraphs
 * (and layout tables, row by row), the appointees from its lampiran tables cell by cell. The same
 * decree model, claims and checks as a PDF. A list of appointees (no decree around its table) gives
 * one document per decree its rows are grouped under, as a PDF's does (see list.ts).
 */
export async function extractWordDecree(
  input: InputFile,
  options: WordOptions,
): Promise<ExtractedDocument[]> {
  const kind = input.kind as WordKind;
  const { blocks } = await readWordDocument(input, options);
  startAttachmentPage(blocks);
  const lines = wordLines(blocks);
  const text = extractDecreeText(lines);
  const base = { source: input.source, kind, claims: [], records: [] };
  if (text.notADecree !== null) {
    // A title that says what the document is (a recap, a seniority list) is taken at its word.
    const list =
      text.looksLike === null
        ? await readList({ source: input.source, kind, notes: [] }, lines, () => cellAttachment(blocks))
        : [];
    if (list.length > 0) return list;
    return [{ ...base, decree: null, skNumber: null, notes: [{ code: 'not-a-decree', ...text.notADecree }] }];
  }
  const body = lines.filter((line) => text.bodyPages.includes(line.page));
  const { claims, amounts } = extractClaims(body);
  const tables = blocks.filter(
    (block): block is WordTable => block.kind === 'table' && text.attachmentPages.includes(block.page),
  );
  const attachment = cellAttachment(tables);
  numberAttachments(attachment, lines, text.attachmentPages);
  const numberRaw = text.decree.numberRaw;
  return [
    {
      ...base,
      decree: text.decree,
      skNumber: numberRaw ? parseSkNumber(numberRaw) : null,
      claims,
      records: attachment.records,
      notes: [],
      decreeParts: {
        attachmentBlock: text.attachmentBlock,
        body: text.body,
        mentionsAttachment: text.mentionsAttachment,
        attachment,
        amounts,
      },
    },
  ];
}

/** Lines as a printed page shows them: a paragraph's lines; a table row line by line across its cells. */
export function wordLines(blocks: readonly WordBlock[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const line of block.text.split('\n'))
        lines.push({ page: block.page, text: line.replace(/\t/g, ' ') });
      continue;
    }
    for (const row of block.rows) {
      const cellLines = row.cells.map((cell) => cell.split('\n'));
      const height = Math.max(0, ...cellLines.map((cell) => cell.length));
      for (let k = 0; k < height; k++) {
        const text = cellLines
          .map((cell) => (cell[k] ?? '').replace(/\t/g, ' ').trim())
          .filter(Boolean)
          .join(' ');
        if (text !== '') lines.push({ page: row.page, text });
      }
    }
  }
  return lines;
}

/**
 * A draft typed without a page break before its LAMPIRAN block still has its lampiran start there:
 * the blocks from that block on are moved to a page of their own. So is each later block of a
 * draft with several lampiran (`LAMPIRAN I`, `LAMPIRAN II`), so that each table's page tells whose
 * rows it holds.
 */
function startAttachmentPage(blocks: WordBlock[]): void {
  const lines = blocks.map((block) => wordLines([block]));
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i] as WordBlock;
    const first = lines[i]?.[0];
    if (!first || block.page !== (blocks[i - 1] as WordBlock).page) continue;
    const after = lines
      .slice(i, i + 8)
      .flat()
      .slice(0, 8);
    if (!/^LAMPIRAN/i.test(first.text) || !isAttachmentStart(after)) continue;
    const from = block.page;
    const onPageBefore = blocks.slice(0, i).some((b, k) => b.page === from && (lines[k]?.length ?? 0) > 0);
    if (!onPageBefore) continue;
    for (const later of blocks.slice(i)) {
      later.page += 1;
      if (later.kind === 'table') for (const row of later.rows) row.page += 1;
    }
  }
}
