import { parseSkNumber, type SkNumber } from '../domain/sk-number.js';
import { repairOcrSkNumber, type SkNumberRepair } from '../domain/sk-number-ocr.js';
import { say } from '../i18n/said.js';
import type { Decree } from '../model.js';
import type { PdfOcr } from '../pdf/pdf.js';
import { type DecreeGroup, holdsNonSkCharacter } from './decree-group.js';
import type { AttachmentBlock, DecreeText } from './decree-text.js';
import type { Note } from './document.js';
import type { TextLine } from './text-lines.js';

/** The decree's number and its lampiran's, with OCR's Roman numerals repaired from context. */
export interface RepairedNumbers {
  decree: Decree;
  skNumber: SkNumber | null;
  attachmentBlock: AttachmentBlock | null;
  /** One `ocr-used` info note a repair: a number is never changed silently. */
  notes: Note[];
}

/**
 * Repairs the SK numbers of the decree and of its LAMPIRAN block where the page they were read
 * from was OCR'd (`repairOcrSkNumber`): `number` is repaired, `numberRaw` stays as read.
 */
export function repairDecreeNumbers(
  text: DecreeText,
  lines: readonly TextLine[],
  ocr: PdfOcr | undefined,
): RepairedNumbers {
  const { decree, attachmentBlock: block } = text;
  const all = lines.map((line) => line.text).join('\n');
  const ocrd = (page: number | undefined) => ocr?.pages.some((read) => read.number === page) ?? false;
  const notes: Note[] = [];
  const repair = (number: string | null, raw: string | null, date: string | null, page?: number) => {
    if (number === null) return null;
    const fixed = repairOcrSkNumber(number, { fromOcr: ocrd(page), date, text: all });
    for (const done of fixed.repairs) notes.push(repairNote(raw ?? number, fixed.number, done, page));
    return fixed.repairs.length > 0 ? fixed.number : null;
  };
  const page = text.bodyPages[0] ?? block?.page;
  const number = repair(decree.number, decree.numberRaw, decree.date, page);
  const blockNumber = block
    ? repair(block.number, block.numberRaw, block.date ?? decree.date, block.page)
    : null;
  const raw = decree.numberRaw;
  return {
    decree: number === null ? decree : { ...decree, number },
    skNumber:
      raw === null
        ? null
        : number === null
          ? parseSkNumber(raw)
          : { ...parseSkNumber(number), raw: raw.trim() },
    attachmentBlock: block && blockNumber !== null ? { ...block, number: blockNumber } : block,
    notes,
  };
}

/**
 * The SK number of a list's group line read by OCR, repaired as a decree's is: `number` repaired,
 * `numberRaw` as read, and one `ocr-used` note a repair. A repair that still leaves a character no
 * SK number has is not taken: the group stays as read (and flagged, see `isGarbled`).
 */
export function repairGroupNumber<G extends DecreeGroup & { page: number }>(
  group: G,
  fromOcr: boolean,
  text: string,
): { group: G; notes: Note[] } {
  const fixed = repairOcrSkNumber(group.number, { fromOcr, date: group.date, text });
  if (fixed.repairs.length === 0 || holdsNonSkCharacter(fixed.number)) return { group, notes: [] };
  return {
    group: { ...group, number: fixed.number },
    notes: fixed.repairs.map((done) => repairNote(group.numberRaw, fixed.number, done, group.page)),
  };
}

function repairNote(read: string, number: string, repair: SkNumberRepair, page?: number): Note {
  return {
    code: 'ocr-used',
    ...(page ? { page } : {}),
    field: 'number',
    ...say('ocr-used/sk-number', { read, number, from: repair.from, to: repair.to, why: repair.why }),
  };
}
