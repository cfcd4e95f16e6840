import { romanMonth } from './date.js';

/** What an SK number is made of: letters, digits, `.`, `/`, `-`, spaces, brackets; anything else is stray. */
export const NOT_IN_SK_NUMBER = /[^\p{L}\p{N}./\-\s()]/u;
/** A decree number split into its parts; nothing is refused, odd things are listed in `oddities`. */
export interface SkNumber {
  /** As found, trimmed (label included if it was given). */
  raw: string;
  /** Label removed, dashes unified, spaces around '/' removed, space runs collapsed. */
  normalized: string;
  /** `normalized` split on '/'. */
  segments: string[];
  /** Archive classification code (first segment: '800.1.3.3', '821.2', '188.45'). */
  code: string | null;
  codeScheme: 'new' | 'old' | null;
  /** Short English meaning of the code when known. */
  codeMeaning: string | null;
  /** The running number ('0842', 'Kep.411', '03-02'); null when blank or missing. */
  sequence: string | null;
  /** Unit and type segments ('KPTS', 'BKPSDM', '433.013'). */
  tags: string[];
  month: number | null;
  monthRoman: boolean;
  year: number | null;
  /** Short English notes on what is odd ('blank sequence', 'no year', 'no slash', 'stray character'). */
  oddities: string[];
}

type Scheme = 'new' | 'old';

const CODES: ReadonlyMap<string, readonly [Scheme, string]> = new Map([
  ['800', ['new', 'personnel']],
  ['800.1.3.3', ['new', 'appointment/dismissal in structural or functional posts']],
  ['800.1.3.2', ['new', 'promotion']],
  ['800.1.2.5', ['new', 'ASN appointment']],
  ['100.3.3.1', ['new', 'decree of governor']],
  ['100.3.3.2', ['new', 'decree of regent']],
  ['100.3.3.3', ['new', 'decree of mayor']],
  ['821', ['old', 'appointment']],
  ['821.2', ['old', 'appointment to/release from a post']],
  ['821.22', ['old', 'appointment to/release from a post, by level']],
  ['821.23', ['old', 'appointment to/release from a post, by level']],
  ['821.24', ['old', 'appointment to/release from a post, by level']],
  ['824', ['old', 'transfer']],
  ['188.44', ['old', 'decree of governor']],
  ['188.45', ['old', 'decree of regent/mayor']],
]);

const CODE = /^\d{3}(?:\.\d{1,4})*$/;
const TAHUN = /(?<![\p{L}\p{N}])tahun\s+(\d{4})(?!\p{N})/giu;
const LABEL = /^\s*(?:nomor|nomer|nmr|no)(?=[\s.:\d]|$)[\s.:]*/i;
const DASHES = /[\u2010-\u2015\u2212]/g;
// What a drafter types where the registry will write the sequence: dots, an ellipsis, underscores, a dash, `XXX`.
const PLACEHOLDER_SEGMENT = /^(?:[._\u2026\-\u2010-\u2015]+|[Xx]{3,})$/u;

/** Whether a segment of an SK number is left blank: empty, or a placeholder (`...`, `…`, `___`, `-`, `XXX`). */
function isBlankSegment(segment: string): boolean {
  const text = segment.trim();
  return text === '' || PLACEHOLDER_SEGMENT.test(text);
}

function yearOf(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 1945 && year <= 2100 ? year : null;
}

/** The scheme and meaning of a classification code; unknown sub-codes fall back to their parent's meaning. */
function describeCode(code: string): { scheme: Scheme; meaning: string | null } {
  // The new scheme (Permendagri 83/2022) subdivides round heads (800, 100) with dots; the old one used 821, 188 ...
  const scheme: Scheme = /^\d00(?:\.|$)/.test(code) ? 'new' : 'old';
  for (let key = code; key !== ''; key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '') {
    const known = CODES.get(key);
    if (known !== undefined) return { scheme: known[0], meaning: known[1] };
  }
  return { scheme, meaning: null };
}

/** Removes a leading 'Nomor :', 'Nomor.', 'NOMOR', 'No.' (repeated labels too) and trims. */
export function stripNumberLabel(text: string): string {
  let out = text;
  for (let found = LABEL.exec(out); found !== null; found = LABEL.exec(out)) out = out.slice(found[0].length);
  return out.trim();
}

function normalizeOnce(raw: string): string {
  const text = stripNumberLabel(raw)
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/');
  // Sentence punctuation after the number goes; a loop, since /[.,;: ]+$/ is quadratic on long runs.
  let end = text.length;
  while (end > 0 && /[ .,;:]/.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end).trim();
}

/** The comparable form of an SK number; idempotent. */
export function normalizeSkNumber(raw: string): string {
  // Trimming the end can leave a bare label ('Nomor,' -> 'Nomor'), so repeat until stable; every
  // further round only shortens the text, so this ends.
  let out = normalizeOnce(raw);
  for (let next = normalizeOnce(out); next !== out; next = normalizeOnce(out)) out = next;
  return out;
}

interface Part {
  text: string;
}

/** Segments with 'Tahun YYYY' taken out, and segments holding spaces (a missing '/') split further. */
function partsOf(segments: readonly string[], oddities: string[]): Part[] {
  const parts: Part[] = [];
  let spaced = false;
  for (const segment of segments) {
    const hadTahun = segment.search(TAHUN) >= 0;
    const text = segment.replace(TAHUN, ' ').trim();
    if (hadTahun && text === '') continue;
    const pieces = text.split(' ');
    spaced ||= pieces.length > 1;
    for (const piece of pieces) parts.push({ text: isBlankSegment(piece) ? '' : piece });
  }
  if (spaced) oddities.push('space inside a segment (missing slash?)');
  return parts;
}

/** Splits an SK number (with or without its label) into code, sequence, tags, month and year. */
export function parseSkNumber(raw: string): SkNumber {
  const normalized = normalizeSkNumber(raw);
  const segments = normalized === '' ? [] : normalized.split('/');
  const result: SkNumber = {
    raw: raw.trim(),
    normalized,
    segments,
    code: null,
    codeScheme: null,
    codeMeaning: null,
    sequence: null,
    tags: [],
    month: null,
    monthRoman: false,
    year: null,
    oddities: [],
  };
  const { oddities } = result;
  if (normalized === '') {
    oddities.push('empty');
    return result;
  }
  if (!normalized.includes('/')) oddities.push('no slash');
  if (NOT_IN_SK_NUMBER.test(normalized)) oddities.push('stray character');

  const parts = partsOf(segments, oddities);
  const used = new Set<number>();
  const sequenceIndex = readCode(parts, result, used);
  const yearIndex = readYear(parts, result, used, sequenceIndex);
  readSequence(parts, result, used, sequenceIndex, yearIndex);
  readMonth(parts, result, used, yearIndex >= 0 ? yearIndex : parts.length);
  parts.forEach((part, i) => {
    if (used.has(i)) return;
    if (part.text === '') result.oddities.push('empty segment');
    else result.tags.push(part.text);
  });
  return result;
}

/**
 * The classification code, when the first part is one; gives the index of the sequence: the part
 * after the code, or without a code the first part, unless it is blank (`/0842/...`).
 */
function readCode(parts: readonly Part[], result: SkNumber, used: Set<number>): number {
  const first = parts[0];
  if (first !== undefined && CODE.test(first.text)) {
    const { scheme, meaning } = describeCode(first.text);
    Object.assign(result, { code: first.text, codeScheme: scheme, codeMeaning: meaning });
    used.add(0);
  } else {
    result.oddities.push('no classification code');
  }
  const sequenceIndex = result.code !== null || first?.text === '' ? 1 : 0;
  if (sequenceIndex === 1) used.add(0);
  return sequenceIndex;
}

/** The year: the last part that is one (not the sequence), else a `Tahun YYYY`; gives its part's index or -1. */
function readYear(
  parts: readonly Part[],
  result: SkNumber,
  used: Set<number>,
  sequenceIndex: number,
): number {
  const { oddities } = result;
  let yearIndex = -1;
  for (let i = parts.length - 1; i >= (result.code === null ? 0 : 1); i--) {
    if (i === sequenceIndex && i !== parts.length - 1) continue;
    if (yearOf(parts[i]?.text ?? '') !== null) {
      yearIndex = i;
      break;
    }
  }
  const tahun = [...result.normalized.matchAll(TAHUN)].map((match) => Number(match[1]));
  const segmentYear = yearIndex < 0 ? null : yearOf(parts[yearIndex]?.text ?? '');
  result.year = segmentYear ?? tahun.find((year) => year >= 1945 && year <= 2100) ?? null;
  if (yearIndex >= 0) used.add(yearIndex);
  if (segmentYear !== null && tahun.some((year) => year !== segmentYear))
    oddities.push('two different years');
  if (yearIndex >= 0 && yearIndex < parts.length - 1) oddities.push('segments after the year');
  if (result.year === null) {
    const fiveDigits = parts.some(
      (part) => /^\d{5}$/.test(part.text) && /^(?:19|20)\d\d|(?:19|20)\d\d$/.test(part.text),
    );
    if (fiveDigits) oddities.push('five-digit year (stray digit?)');
    oddities.push('no year');
  }
  return yearIndex;
}

function readSequence(
  parts: readonly Part[],
  result: SkNumber,
  used: Set<number>,
  sequenceIndex: number,
  yearIndex: number,
): void {
  const sequence = parts[sequenceIndex];
  if (sequence === undefined || sequenceIndex === yearIndex) {
    result.oddities.push('no sequence');
  } else if (sequence.text === '') {
    result.oddities.push('blank sequence');
  } else {
    result.sequence = sequence.text;
  }
  used.add(sequenceIndex);
}

/** The month: the last month-like part (Roman `III` or `03`) before the year that nothing else took. */
function readMonth(parts: readonly Part[], result: SkNumber, used: Set<number>, before: number): void {
  const monthCandidates: number[] = [];
  for (let i = 0; i < before; i++) {
    const text = parts[i]?.text ?? '';
    if (!used.has(i) && (romanMonth(text) !== null || /^(?:0?[1-9]|1[0-2])$/.test(text)))
      monthCandidates.push(i);
  }
  const monthIndex = monthCandidates.at(-1);
  if (monthIndex === undefined) return;
  const text = parts[monthIndex]?.text ?? '';
  const roman = romanMonth(text);
  result.month = roman ?? Number(text);
  result.monthRoman = roman !== null;
  used.add(monthIndex);
  if (monthCandidates.length > 1) result.oddities.push('several month-like segments');
}

/** Whether a parsed number has a segment left blank for the registry to fill (`188.45/  /BKPP/2016`). */
export function hasBlankSegment(number: SkNumber): boolean {
  return number.oddities.includes('blank sequence') || number.oddities.includes('empty segment');
}

/**
 * Whether `draft`, a number with segments left blank (`800.1.3.3/  /BKD/2026`, `821.2/Kep.  -BKD/XII/2025`),
 * is `signed` once the registry fills them in: the same segments, each blank one any text, a gap
 * inside a segment any text there, the rest equal but for case. A number without a blank fills
 * nothing: two complete numbers are one decree only when they are equal.
 */
export function fillsBlanks(draft: string, signed: string): boolean {
  const x = parseSkNumber(draft);
  const y = parseSkNumber(signed);
  if (!hasBlankSegment(x) && !x.segments.some((s) => s.includes(' '))) return false;
  if (hasBlankSegment(y) || x.segments.length !== y.segments.length) return false;
  return x.segments.every((segment, i) => {
    const other = (y.segments[i] ?? '').toUpperCase();
    if (isBlankSegment(segment)) return other !== '';
    const pieces = segment
      .toUpperCase()
      .split(' ')
      .filter((piece) => !isBlankSegment(piece));
    if (pieces.length === 1) return pieces[0] === other;
    // A gap inside the segment: its pieces in order, with text between them.
    let at = 0;
    return pieces.every((piece, k) => {
      const found = k === 0 ? (other.startsWith(piece) ? 0 : -1) : other.indexOf(piece, at + 1);
      if (found < 0 || (k === pieces.length - 1 && !other.endsWith(piece))) return false;
      at = found + piece.length;
      return true;
    });
  });
}

/** A segment's part: no spaces, not too long; a stray character is flagged by `parseSkNumber`, not refused. */
const TOKEN = /^[\p{L}\p{N}(]\S{0,29}$/u;
/** Without slashes, what follows the code must look like tags (`49`, `Kpts`, `BKD`), not running words. */
const TAG = /^(?:\p{Lu}|\S*\p{N})/u;
/** Longer than any real number (the longest known are ~40 characters): running text, not a number. */
const MAX_LENGTH = 80;
const MAX_SEGMENTS = 10;
const DATE_LIKE = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/;

/**
 * Whether text read after a `Nomor` label is an SK number (DOMAIN.md section 2): `/`-separated
 * segments of short tokens, a blank sequence and `Tahun YYYY` allowed. Without a slash it must start
 * like one (a classification code, then at least one more part and a year: `188.45 49 Kpts 2023`);
 * with slashes it needs a classification code, a year or three filled segments, so a house number
 * (`12/A`), a date (`01/02/2026`), a phone number or a line of running text is not taken.
 */
export function fitsSkNumber(raw: string): boolean {
  const normalized = normalizeSkNumber(raw);
  if (normalized === '' || normalized.length > MAX_LENGTH || !/\p{N}/u.test(normalized)) return false;
  const segments = normalized.split('/');
  if (segments.length > MAX_SEGMENTS || DATE_LIKE.test(normalized)) return false;
  const pieces = segments.flatMap((segment) => {
    const text = segment.replace(TAHUN, ' ').trim();
    return text === '' ? [] : text.split(' ').filter((piece) => !isBlankSegment(piece));
  });
  if (pieces.length > MAX_SEGMENTS + 2 || !pieces.every((piece) => TOKEN.test(piece))) return false;
  const parsed = parseSkNumber(normalized);
  if (segments.length === 1)
    return (
      parsed.code !== null && pieces.length >= 2 && parsed.year !== null && pieces.every((p) => TAG.test(p))
    );
  const filled = segments.filter((segment) => !isBlankSegment(segment)).length;
  return filled >= 2 && (parsed.code !== null || parsed.year !== null || filled >= 3);
}

/** An SK number found in running text: the number only (label excluded), 0-based [start, end). */
export interface SkNumberMatch {
  raw: string;
  start: number;
  end: number;
}

const LABEL_IN_TEXT = /(?<![\p{L}\p{N}])(?:nomor|nomer|nmr|no)(?![\p{L}\p{N}])[\s.:]*/giu;

const SPACES = /[^\S\r\n]+/y;
const TAHUN_AHEAD = /tahun[^\S\r\n]+\d{4}(?!\p{N})/iuy;

/** End of the number starting at `start`: spaces only around '/' or before 'Tahun YYYY'; stops at line ends. */
function numberEnd(text: string, start: number): number {
  let end = start;
  let i = start;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '\n' || c === '\r' || /["“”'‘’()[\]{}<>]/.test(c)) break;
    if (/\s/.test(c)) {
      SPACES.lastIndex = i;
      const next = i + (SPACES.exec(text)?.[0].length ?? 1);
      TAHUN_AHEAD.lastIndex = next;
      const tahun = TAHUN_AHEAD.exec(text)?.[0];
      if (tahun !== undefined) {
        i = next + tahun.length;
        end = i;
        continue;
      }
      if (text[end - 1] !== '/' && text[next] !== '/') break;
      i = next;
      continue;
    }
    if ((c === ',' || c === ';') && /^\s?$/.test(text[i + 1] ?? '')) break;
    i++;
    end = i;
  }
  while (end > start && /[.,;:\-/]/.test(text[end - 1] ?? '')) end--;
  return end;
}

/** The first SK number after a 'Nomor'/'No.' label in running text that contains a '/', else null. */
export function findSkNumber(text: string): SkNumberMatch | null {
  for (const label of text.matchAll(LABEL_IN_TEXT)) {
    const start = label.index + label[0].length;
    if (!/^[\p{L}\p{N}]/u.test(text[start] ?? '')) continue;
    const end = numberEnd(text, start);
    const raw = text.slice(start, end);
    if (raw.includes('/')) return { raw, start, end };
  }
  return null;
}
