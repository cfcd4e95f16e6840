import { attachmentNumeral } from '../domain/attachment-numeral.js';
import { findDates } from '../domain/date.js';
import { findSkNumber, fitsSkNumber, normalizeSkNumber } from '../domain/sk-number.js';
import type { OtherDocument } from '../i18n/messages.js';
import { type Spoken, say } from '../i18n/said.js';
import type { Decree } from '../model.js';
import {
  DATE_LABEL,
  type DecreeBody,
  hasBlankDay,
  placeholdersIn,
  readSignatory,
  readSignedDate,
} from './decree-signing.js';
import { cleanLines, dictumLabel, joinLines, labelValue, type TextLine } from './text-lines.js';

/** What the first LAMPIRAN block says; `number` is normalized, `date` ISO. */
export interface AttachmentBlock {
  number: string | null;
  numberRaw: string | null;
  date: string | null;
  page: number;
}

/** A decree's header and signature read from its text, and where its body and attachment are. */
export interface DecreeText {
  decree: Decree;
  /** Pages before the first LAMPIRAN page, in input order. */
  bodyPages: number[];
  /** Pages from the first LAMPIRAN block on, in input order. */
  attachmentPages: number[];
  attachmentBlock: AttachmentBlock | null;
  /** Null when there is no decree body: a lampiran printed alone, a list. */
  body: DecreeBody | null;
  /** The body after MEMUTUSKAN refers to a Lampiran (`tercantum dalam Lampiran`, `terlampir`). */
  mentionsAttachment: boolean;
  /** Why this is no decree, when it has no decree heading, no dictum and no LAMPIRAN block; else null. */
  notADecree: Spoken | null;
  /** What the title of a document that is no decree names it (a recap, a seniority list), if it does. */
  looksLike: OtherDocument | null;
}

const ISSUER =
  /^(?:(?:Pj\.?|Plt\.?|Penjabat|Pelaksana\s+Tugas)\s+)?(?:GUBERNUR|BUPATI|WALI\s?KOTA)(?!\p{L})/iu;
const TITLE = /^(?:(?:SALINAN|PETIKAN)\s+)?KEPUTUSAN(?:\s+(.*))?$/iu;
const RAHMAT = /^DENGAN\s+RAHMAT\s+TUHAN\s+YANG\s+MAHA\s+ESA\s*,?/iu;
const PREAMBLE = /^(?:menimbang|mengingat|memperhatikan)(?!\p{L})/iu;
const MEMUTUSKAN = /^M\s?E\s?M\s?U\s?T\s?U\s?S\s?K\s?A\s?N\s*:?$/iu;
const MENETAPKAN = /^menetapkan(?!\p{L})/iu;
const TENTANG = /(?<!\p{L})TENTANG(?!\p{L})/iu;
const DITETAPKAN = /^ditetapkan\s+di(?!\p{L})\s*:?/iu;
const ATTACHMENT = /^LAMPIRAN(?:\s+([IVX]+|\d{1,2}))?(?:\s*:|\s+KEP(?:UTUSAN|\.)|$)/iu;
const BLOCK_LABEL = /^(?:nomor|nomer|no\.|tanggal|tgl\.?)(?!\p{L})|\s(?:NOMOR|TANGGAL)\s*:/iu;
/** A mark OCR strews inside a word (`l,ampiran`, `Lampi'ran`): at most one between two letters. */
const MARK = `[,.'’‘\`"^~]?`;
/** `l` as OCR reads it: I, 1 or |; the `i` of `lampiran` also as l, 1 or !. */
const L = '[lI1|]';
const spelled = (...letters: string[]): string => letters.join(MARK);
const MENTIONS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${spelled(L, 'a', 'm', 'p', '[il1!|]', 'r', 'a', 'n')}|${spelled('t', 'e', 'r', L, 'a', 'm', 'p', '[il1!|]', 'r')})(?!\\p{L})`,
  'iu',
);

/** Whether text mentions the lampiran (`tercantum dalam Lampiran`, `terlampir`), OCR's damage allowed. */
export function mentionsAttachment(text: string): boolean {
  return MENTIONS.test(text);
}

/** True when a page's first lines are a LAMPIRAN block (`LAMPIRAN KEPUTUSAN ...` then `NOMOR`/`TANGGAL`). */
export function isAttachmentStart(lines: readonly TextLine[]): boolean {
  const head = cleanLines(lines).slice(0, 8);
  const at = head.findIndex((line) => ATTACHMENT.test(line.text));
  return at >= 0 && head.slice(at, at + 7).some((line) => BLOCK_LABEL.test(line.text));
}

/** A line of a table of people: a NIP, or a NO cell before a name (`2. AHMAD FAUZI`). */
const ROW_LINE = /\d{8}\s?\d{6}\s?\d\s?\d{3}|^\d{1,4}[.)]?\s+\p{L}/u;

/**
 * Whether a page holds a LAMPIRAN block (`LAMPIRAN II KEPUTUSAN ...` then `NOMOR`/`TANGGAL`) below
 * rows of a table, or a second block: a lampiran that starts under the end of the one before.
 */
export function attachmentBlockBelowRows(lines: readonly TextLine[]): boolean {
  const clean = cleanLines(lines);
  const blocks = clean.flatMap((line, i) =>
    ATTACHMENT.test(line.text) && clean.slice(i, i + 7).some((next) => BLOCK_LABEL.test(next.text))
      ? [i]
      : [],
  );
  return (
    blocks.length > 1 || blocks.some((at) => clean.slice(0, at).some((line) => ROW_LINE.test(line.text)))
  );
}

/** A LAMPIRAN block on a page: its heading's numeral (null when unnumbered) and baseline, if known. */
export interface BlockHeading {
  numeral: string | null;
  y: number | undefined;
}

/** Every LAMPIRAN block on a page's lines, top to bottom. */
export function attachmentBlocks(lines: readonly TextLine[]): BlockHeading[] {
  const clean = cleanLines(lines);
  return clean.flatMap((line, i) =>
    ATTACHMENT.test(line.text) && clean.slice(i, i + 7).some((next) => BLOCK_LABEL.test(next.text))
      ? [{ numeral: attachmentHeadingNumeral(line.text), y: line.y }]
      : [],
  );
}

/**
 * Where on a page (indices into `lines`) a LAMPIRAN block starts below rows of a table: the table
 * above ends there, and the block's own table starts under it.
 */
export function blockHeadingsBelowRows(lines: readonly TextLine[]): number[] {
  const text = lines.map((line) => line.text.trim());
  return text.flatMap((line, i) =>
    ATTACHMENT.test(line) &&
    text.slice(i, i + 7).some((next) => BLOCK_LABEL.test(next)) &&
    text.slice(0, i).some((above) => ROW_LINE.test(above))
      ? [i]
      : [],
  );
}

/**
 * The numeral of the LAMPIRAN block a page starts with (`LAMPIRAN II KEPUTUSAN ...` -> `II`); null
 * when the page starts no block or its block is not numbered.
 */
export function attachmentNumeralOf(lines: readonly TextLine[]): string | null {
  if (!isAttachmentStart(lines)) return null;
  for (const line of cleanLines(lines).slice(0, 8))
    if (ATTACHMENT.test(line.text)) return attachmentHeadingNumeral(line.text);
  return null;
}

/**
 * The numeral of a LAMPIRAN heading (`LAMPIRAN II KEPUTUSAN ...` gives `II`), as a page's block or a
 * sheet's title rows print it; null for another line or a heading with no numeral.
 */
export function attachmentHeadingNumeral(text: string): string | null {
  const numeral = ATTACHMENT.exec(text.trim())?.[1];
  return numeral ? attachmentNumeral(numeral.toUpperCase()) : null;
}

// A number without '/' after its label, up to a year: `NOMOR 188.45 49 Kpts 2023`.
const UNSLASHED =
  /(?<![\p{L}\p{N}])(?:nomor|nomer|no\.?)\s*[:.]?\s*(\d{3}(?:\.\d{1,4})*(?:\s+\S+){1,6}?\s+(?:tahun\s+)?(?:19|20)\d\d)(?!\p{N})/giu;

/**
 * The decree number after the first `Nomor`/`NOMOR :` label in `text` whose value fits the SK-number
 * grammar; raw and normalized. A label followed by an address, a phone number or a table is skipped.
 */
function readNumber(text: string): { raw: string; number: string } | null {
  for (let from = 0; from < text.length; ) {
    const found = findSkNumber(text.slice(from));
    if (found === null) break;
    if (fitsSkNumber(found.raw)) return { raw: found.raw, number: normalizeSkNumber(found.raw) };
    from += Math.max(found.end, 1);
  }
  for (const m of text.matchAll(UNSLASHED)) {
    const raw = m[1] ?? '';
    if (fitsSkNumber(raw)) return { raw, number: normalizeSkNumber(raw) };
  }
  return null;
}

function firstIndex(
  lines: readonly TextLine[],
  test: RegExp | ((text: string) => boolean),
  from = 0,
  to = lines.length,
): number {
  const ok = typeof test === 'function' ? test : (text: string) => test.test(text);
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
    if (ok(lines[i]?.text ?? '')) return i;
  }
  return -1;
}

const textOf = (lines: readonly TextLine[]) => joinLines(lines).text;
const stripComma = (text: string) => text.replace(/[\s,]+$/, '');
const isCapsLine = (text: string) => !/\p{Ll}/u.test(text) && !/\d/.test(text) && /\p{L}/u.test(text);

/** The issuer from the `KEPUTUSAN <ISSUER>` title (continued over at most two lines), else null. */
function issuerFromTitle(lines: readonly TextLine[], end: number): string | null {
  for (let i = 0; i < end; i++) {
    const m = TITLE.exec(lines[i]?.text ?? '');
    if (!m) continue;
    let next = i + 1;
    let issuer = (m[1] ?? '').split(/\s+(?:NOMOR|TENTANG)(?!\p{L})/iu)[0] ?? '';
    if (issuer === '' && ISSUER.test(lines[next]?.text ?? '')) issuer = lines[next++]?.text ?? '';
    if (!ISSUER.test(issuer) && !isCapsLine(issuer)) continue;
    // A long title wraps: `KEPUTUSAN BUPATI HULU SUNGAI` / `SELATAN`.
    for (let k = 0; k < 2 && next < end; k++, next++) {
      const more = lines[next]?.text ?? '';
      if (!isCapsLine(more) || /^(?:NOMOR|TENTANG|DENGAN)(?!\p{L})/iu.test(more)) break;
      issuer += ` ${more}`;
    }
    return stripComma(issuer) || null;
  }
  return null;
}

/** The title line after `DENGAN RAHMAT TUHAN YANG MAHA ESA`, without its comma. */
function issuerFromRahmat(lines: readonly TextLine[]): string | null {
  const at = firstIndex(lines, RAHMAT);
  if (at < 0) return null;
  const line = lines[at]?.text ?? '';
  const rest = line.replace(RAHMAT, '').trim();
  const issuer = stripComma(rest !== '' ? rest : (lines[at + 1]?.text ?? ''));
  return ISSUER.test(issuer) || isCapsLine(issuer) ? issuer : null;
}

/** The subject: `TENTANG` and the lines after it in the header, or the `Menetapkan` text's TENTANG part. */
function readSubject(lines: readonly TextLine[], headerEnd: number, decided: number): string | null {
  const at = firstIndex(lines, TENTANG, 0, headerEnd);
  if (at >= 0) {
    const parts: TextLine[] = [];
    for (let i = at; i < Math.min(headerEnd, at + 8); i++) {
      const line = lines[i] as TextLine;
      if (i > at && ISSUER.test(line.text) && line.text.endsWith(',')) break;
      // The subject is printed in capitals; a dictum or running text after it is not part of it.
      if (i > at && (dictumLabel(line.text) !== null || !isCapsLine(line.text))) break;
      const from = i === at ? (TENTANG.exec(line.text)?.index ?? 0) : 0;
      parts.push({ ...line, text: line.text.slice(from).replace(/^TENTANG\s*:?/iu, '') });
    }
    const subject = textOf(parts).replace(/[\s.]+$/, '');
    if (subject !== '') return subject;
  }
  const set = firstIndex(lines, MENETAPKAN, decided);
  if (set < 0) return null;
  const end = firstIndex(lines, (text) => dictumLabel(text) !== null, set + 1, set + 8);
  const text = textOf(lines.slice(set, end < 0 ? set + 4 : end));
  const m = TENTANG.exec(text);
  const subject = m ? text.slice(m.index + m[0].length).replace(/^[\s:]+|[\s.]+$/g, '') : '';
  return subject === '' ? null : subject;
}

function readAttachmentBlock(lines: readonly TextLine[], page: number): AttachmentBlock {
  const on = lines.filter((line) => line.page === page);
  const at = Math.max(
    0,
    on.findIndex((line) => ATTACHMENT.test(line.text)),
  );
  const daftar = firstIndex(on, /^DAFTAR(?!\p{L})/iu, at + 1, at + 10);
  const text = textOf(on.slice(at, daftar < 0 ? at + 10 : daftar));
  const number = readNumber(text);
  const label = /(?<!\p{L})(?:tanggal|tgl\.?)(?!\p{L})\s*:?/iu.exec(text);
  const date = label ? findDates(text.slice(label.index, label.index + 60))[0]?.iso : undefined;
  return { number: number?.number ?? null, numberRaw: number?.raw ?? null, date: date ?? null, page };
}

// What else a PDF with names and NIPs tends to be (DOMAIN.md section 1), by the words of its title.
const OTHER_DOCUMENTS: ReadonlyArray<readonly [RegExp, OtherDocument]> = [
  [/REKAP(?:ITULASI)?\s+(?:DAFTAR\s+)?(?:KEHADIRAN|ABSENSI)|DAFTAR\s+HADIR/iu, 'attendance'],
  [/TAMBAHAN\s+PENGHASILAN(?:\s+PEGAWAI)?|(?<!\p{L})TPP(?!\p{L})/iu, 'allowance'],
  [/DAFTAR\s+URUT\s+KEPANGKATAN|(?<!\p{L})DUK(?!\p{L})/iu, 'seniority'],
  [/DAFTAR\s+(?:GAJI|NOMINATIF)/iu, 'payroll'],
  [/(?:BAGAN|STRUKTUR)\s+ORGANISASI/iu, 'org-chart'],
  // Candidates of a selection, with participant numbers: not appointees, though they may have NIPs.
  [/(?<!\p{L})PENGUMUMAN(?!\p{L})|(?:NOMOR|NO\.?)\s+PESERTA/iu, 'announcement'],
  // People named in a letter (an assignment, an invitation) are not appointed by it.
  [/SURAT\s+(?:PERINTAH\s+)?TUGAS|NOTA\s+DINAS|SURAT\s+EDARAN|(?<!\p{L})UNDANGAN(?!\p{L})/iu, 'letter'],
];
const HEADING_LINES = 30;

/** Null when the text has a decree heading, a dictum or a LAMPIRAN block; else what it looks like. */
function notADecree(
  body: readonly TextLine[],
  hasAttachmentBlock: boolean,
): { spoken: Spoken; looksLike: OtherDocument | null } | null {
  if (hasAttachmentBlock || firstIndex(body, TITLE, 0, HEADING_LINES) >= 0) return null;
  const dictum = (text: string) =>
    MEMUTUSKAN.test(text) || MENETAPKAN.test(text) || dictumLabel(text) !== null;
  if (firstIndex(body, dictum) >= 0) return null;
  const head = textOf(body.slice(0, HEADING_LINES));
  for (const [pattern, looksLike] of OTHER_DOCUMENTS) {
    const title = pattern.exec(head)?.[0];
    if (title) return { spoken: say('not-a-decree', { looksLike, title: title.toUpperCase() }), looksLike };
  }
  return { spoken: say('not-a-decree', { looksLike: null, title: null }), looksLike: null };
}

/** Reads number, date, place, issuer, subject and signatory of a decree, and splits body from lampiran. */
export function extractDecreeText(lines: readonly TextLine[]): DecreeText {
  const pages: number[] = [];
  for (const line of lines) if (!pages.includes(line.page)) pages.push(line.page);
  const clean = cleanLines(lines);
  const byPage = new Map<number, TextLine[]>();
  for (const line of clean) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
  const split = pages.findIndex((page) => isAttachmentStart(byPage.get(page) ?? []));
  const bodyPages = split < 0 ? pages : pages.slice(0, split);
  const attachmentPages = split < 0 ? [] : pages.slice(split);
  const body = clean.filter((line) => bodyPages.includes(line.page));

  const preamble = [RAHMAT, PREAMBLE, MEMUTUSKAN].map((re) => firstIndex(body, re)).filter((i) => i >= 0);
  const headerEnd = preamble.length > 0 ? Math.min(...preamble) : Math.min(body.length, 20);
  const decidedAt = firstIndex(body, MEMUTUSKAN);
  const decided = decidedAt < 0 ? 0 : decidedAt + 1;

  const other = notADecree(body, split >= 0);
  const header = textOf(body.slice(0, headerEnd));
  const tentang = TENTANG.exec(header);
  const number = other === null ? readNumber(tentang ? header.slice(0, tentang.index) : header) : null;

  const setAt = firstIndex(body, DITETAPKAN, decided);
  let place: string | null = null;
  if (setAt >= 0) {
    const value = labelValue(body, setAt, DITETAPKAN).value.split(DATE_LABEL)[0] ?? '';
    place = value.replace(/[\s.,;:]+$/, '') || null;
  }
  const signed =
    setAt >= 0
      ? readSignedDate(body, setAt, setAt + 5, false)
      : readSignedDate(body, decided, body.length, true);
  const after = textOf(body.slice(decided));
  const date = signed?.iso ?? findDates(after)[0]?.iso ?? null;
  const signFrom = signed ? signed.line + 1 : setAt >= 0 ? setAt + 1 : -1;
  const dicta = setAt >= 0 ? body.slice(decided, setAt) : body.slice(decided);

  const hasBody =
    other === null &&
    firstIndex(body, TITLE, 0, HEADING_LINES) >= 0 &&
    (decidedAt >= 0 || firstIndex(body, (text) => dictumLabel(text) !== null) >= 0);
  const blankDay =
    setAt >= 0 ? hasBlankDay(body, setAt, setAt + 5, false) : hasBlankDay(body, decided, body.length, true);
  const attachmentBlock = split < 0 ? null : readAttachmentBlock(clean, attachmentPages[0] ?? 0);
  // A lampiran printed on its own (no body pages): its LAMPIRAN block is all that names the decree.
  const alone = bodyPages.length === 0 ? attachmentBlock : null;
  return {
    decree: {
      number: number?.number ?? alone?.number ?? null,
      numberRaw: number?.raw ?? alone?.numberRaw ?? null,
      date: date ?? alone?.date ?? null,
      place,
      issuer: issuerFromTitle(body, headerEnd) ?? issuerFromRahmat(body),
      subject: readSubject(body, headerEnd, decided),
      signatory: signFrom < 0 ? null : readSignatory(body, signFrom),
    },
    bodyPages,
    attachmentPages,
    attachmentBlock,
    body: hasBody
      ? {
          page: body[setAt]?.page ?? bodyPages.at(-1) ?? 1,
          // `Ditetapkan di Rantau, 12 September 2016`: dated, though no `tanggal` label says so.
          dated:
            signed !== null || (setAt >= 0 && findDates(textOf(body.slice(setAt, setAt + 2))).length > 0),
          blankDay,
          placeholders: placeholdersIn(body),
        }
      : null,
    mentionsAttachment: mentionsAttachment(textOf(dicta)),
    notADecree: other?.spoken ?? null,
    looksLike: other?.looksLike ?? null,
  };
}
