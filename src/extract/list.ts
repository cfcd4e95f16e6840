import { parseSkNumber } from '../domain/sk-number.js';
import { say } from '../i18n/said.js';
import type { Decree } from '../model.js';
import { NIP_DIGITS } from './attachment.js';
import { isGarbled } from './decree-group.js';
import type {
  AppointeeRecord,
  AttachmentTable,
  Doubt,
  ExtractedDocument,
  GroupStart,
  Note,
  TableRow,
} from './document.js';
import { repairGroupNumber } from './number-repair.js';
import type { TextLine } from './text-lines.js';

/** What every document of a list shares: the file, and what reading it said. */
export type ListBase = Pick<ExtractedDocument, 'source' | 'kind' | 'notes' | 'ocr' | 'pagesWithoutText'>;

/** How the list was read: the pages OCR read (only their group lines' numbers are repaired), and its text. */
export interface ListReading {
  ocrPages: readonly number[];
  text: string;
}

/**
 * A table of people, as a list of appointees holds one: a header naming a person and a post or an
 * echelon, and rows with NIPs. Recaps of attendance or allowances name no post; a letter or an
 * announcement of participant numbers holds no NIP.
 */
export function holdsAppointees(attachment: AttachmentTable): boolean {
  const { records } = attachment;
  const posts = ({ cells }: AppointeeRecord) =>
    cells.positionNew !== undefined || cells.positionOld !== undefined || cells.echelon !== undefined;
  return attachment.found && records.some((record) => record.nip?.digits) && records.some(posts);
}

/**
 * A document with no decree around it read as a list of appointees: `read` reads its table (over
 * every page, as a lampiran), and the table gives one document per decree its group lines name
 * (see listDocuments). None when its lines hold fewer than two NIPs (no table is read then) or its
 * table holds no appointees. The same for a PDF, a scan and a word-processor file.
 */
export async function readList(
  base: ListBase,
  lines: readonly TextLine[],
  read: () => Promise<AttachmentTable> | AttachmentTable,
  ocrPages: readonly number[] = [],
): Promise<ExtractedDocument[]> {
  if (lines.filter((line) => NIP_DIGITS.test(line.text)).length < 2) return [];
  const attachment = await read();
  const reading = { ocrPages, text: lines.map((line) => line.text).join('\n') };
  return holdsAppointees(attachment) ? listDocuments(base, attachment, reading) : [];
}

/** One decree's rows of a list: where they are in the list's table, and the decree they belong to. */
interface Part {
  group: GroupStart | null;
  /** What OCR's repair of the group's SK number did (`ocr-used`), none when nothing. */
  repairs: Note[];
  /** [start, end) of each stretch of records under one of its group lines. */
  stretches: Array<[number, number]>;
}

/**
 * A list of appointees (a table of people with no decree heading around it) as documents: one per
 * decree its group lines (`NOMOR ... TANGGAL ...`) name, in the order each first appears, named
 * `<file>#<SK number>`; rows above the first group line, or a list without group lines, under the
 * file's own name. A decree named by two group lines is one document. Each is a lampiran printed
 * alone: its rows are checked, and with no claim beside them it stays unverified.
 */
export function listDocuments(
  base: ListBase,
  attachment: AttachmentTable,
  reading: ListReading = { ocrPages: [], text: '' },
): ExtractedDocument[] {
  const repaired = attachment.groups.map((group) =>
    repairGroupNumber(group, reading.ocrPages.includes(group.page), reading.text),
  );
  const parts = partsOf(repaired, attachment.records.length);
  const pages = (part: Part) =>
    part.stretches.flatMap(([start, end]) =>
      attachment.records.slice(start, end).map((record) => record.appointee.page ?? 0),
    );
  const doubts = doubtsOfParts(
    attachment.doubts,
    parts.map((part) => [Math.min(...pages(part)), Math.max(...pages(part))] as const),
  );
  const names = new Set<string>();
  return parts.map((part, i) => {
    let source = part.group ? `${base.source}#${part.group.number}` : base.source;
    // Two dates under one number: two decrees, and two names.
    for (let n = 2; names.has(source); n++) source = `${base.source}#${part.group?.number ?? ''}~${n}`;
    names.add(source);
    const garbledDoubts = part.repairs.length > 0 ? [] : garbled(part.group);
    return partDocument(base, source, part, attachment, [...garbledDoubts, ...(doubts[i] ?? [])]);
  });
}

/**
 * A doubt about a group whose number holds characters no SK number has, and which OCR's repair did
 * not make whole: its decree is not named with confidence.
 */
function garbled(group: GroupStart | null): Doubt[] {
  if (!group || !isGarbled(group)) return [];
  const { message, said } = say('attachment-uncertain/group-garbled', {
    page: group.page,
    number: group.numberRaw,
  });
  return [{ page: group.page, code: 'attachment-uncertain', message, said }];
}

function partsOf(groups: ReadonlyArray<{ group: GroupStart; notes: Note[] }>, count: number): Part[] {
  const parts: Part[] = [];
  const byKey = new Map<string, Part>();
  const add = (group: GroupStart | null, repairs: Note[], start: number, end: number) => {
    if (end <= start) return;
    const key = group ? `${group.number}|${group.date ?? ''}` : '';
    let part = byKey.get(key);
    if (!part) {
      part = { group, repairs: [], stretches: [] };
      byKey.set(key, part);
      parts.push(part);
    }
    // Two reads of one number (`!1!`, `!!1`) repaired alike: each says what it was read as.
    part.repairs.push(...repairs);
    part.stretches.push([start, end]);
  };
  add(null, [], 0, groups[0]?.group.at ?? count);
  groups.forEach(({ group, notes }, i) => {
    add(group, notes, group.at, groups[i + 1]?.group.at ?? count);
  });
  return parts;
}

function partDocument(
  base: ListBase,
  source: string,
  part: Part,
  list: AttachmentTable,
  doubts: Doubt[],
): ExtractedDocument {
  const records: AppointeeRecord[] = [];
  const rows: TableRow[] = [];
  for (const [start, end] of part.stretches) {
    for (let i = start; i < end; i++) {
      const record = list.records[i] as AppointeeRecord;
      records.push({ ...record, appointee: { ...record.appointee, row: records.length + 1 } });
      const row = list.rows[i] as TableRow;
      if (i > start) {
        rows.push(row);
        continue;
      }
      // Numbering restarts under a group line, or carries on from the row above it.
      const above =
        start > 0 ? Number.parseInt((list.rows[start - 1]?.no ?? '').replace(/\D/g, ''), 10) : NaN;
      rows.push({ ...row, restart: true, ...(Number.isNaN(above) ? {} : { carriesFrom: above }) });
    }
  }
  const { group } = part;
  const decree: Decree | null = group && {
    number: group.number,
    numberRaw: group.numberRaw,
    date: group.date,
    place: null,
    issuer: null,
    subject: null,
    signatory: null,
  };
  const skNumber = !group
    ? null
    : part.repairs.length > 0
      ? { ...parseSkNumber(group.number), raw: group.numberRaw.trim() }
      : parseSkNumber(group.numberRaw);
  return {
    ...base,
    source,
    decree,
    skNumber,
    claims: [],
    records,
    notes: [...base.notes, ...part.repairs],
    decreeParts: {
      attachmentBlock: null,
      body: null,
      mentionsAttachment: false,
      attachment: {
        records,
        rows,
        doubts,
        found: true,
        groups: [],
        trace: list.trace,
      },
      amounts: [],
    },
  };
}

/**
 * The reader's doubts for each part: one about the whole table goes to every part; one about a page
 * to each part with rows from that page or around it, else to the part whose rows come last before
 * it (the first part when none come before).
 */
function doubtsOfParts(doubts: readonly Doubt[], spans: ReadonlyArray<readonly [number, number]>): Doubt[][] {
  const out: Doubt[][] = spans.map(() => []);
  for (const doubt of doubts) {
    const { page } = doubt;
    const on = spans.flatMap(([first, last], i) =>
      page === undefined || (page >= first && page <= last) ? [i] : [],
    );
    if (on.length === 0) {
      const before = spans.flatMap(([first], i) => (page !== undefined && first < page ? [i] : []));
      on.push(before.at(-1) ?? 0);
    }
    for (const i of on) out[i]?.push(doubt);
  }
  return out;
}
