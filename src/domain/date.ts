const MONTH_WORDS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  agust: 8,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  des: 12,
  december: 12,
  dec: 12,
};

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Month number (1-12) of an Indonesian month name or abbreviation (English tolerated), else null. */
export function monthFromName(word: string): number | null {
  const key = word.trim().replace(/\.$/, '').toLowerCase();
  return Object.hasOwn(MONTH_WORDS, key) ? (MONTH_WORDS[key] ?? null) : null;
}

/** Roman numeral I..XII (any case, surrounding spaces ignored) to 1..12, else null. */
export function romanMonth(text: string): number | null {
  const index = ROMAN_MONTHS.indexOf(text.trim().toUpperCase());
  return index < 0 ? null : index + 1;
}

// Days per month of a common year; February of a leap year is handled in isRealDate.
const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when y-m-d is a date of the proleptic Gregorian calendar (years 1..9999); no rollover. */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  // Pure arithmetic on a constant table (runs twice per NIP): no array or Date per call.
  if (d <= 28) return true;
  if (m === 2) return d === 29 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
  return d <= (MONTH_DAYS[m - 1] ?? 0);
}

/** A date found in a longer text: ISO value, 0-based [start, end) offsets and the matched text. */
export interface DateMatch {
  iso: string;
  start: number;
  end: number;
  text: string;
}

// Boundaries keep dates out of longer tokens such as SK numbers ('800/12/10/2025') and NIPs.
const CORE_DATE =
  /(?<![\p{L}\p{N}]|\p{N}[/.-])(?:(\d{1,2})(?:\s+|\s*-\s*)(\p{L}{3,9}\.?)(?:\s+|\s*-\s*)(\d{4})|(\d{1,2})([/.-])(\d{1,2})\5(\d{4})|(\d{4})([/-])(\d{1,2})\9(\d{1,2}))(?![\p{L}\p{N}]|[/.-]\p{N})/gu;

const DAY_PREFIX =
  /(?<![\p{L}\p{N}])(?:senin|selasa|rabu|kamis|jum\s?['’‘`]?\s?at|sabtu|minggu|ahad)\s*,?\s*(?:(?:tanggal|tgl\.?)\s+)?(\(\s*)?$/iu;

const CLOSE_PAREN = /\s*\)/y;

function iso(y: number, m: number, d: number): string | null {
  if (!isRealDate(y, m, d)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function isoFromCore(groups: ReadonlyArray<string | undefined>): string | null {
  const [, d1, monthWord, y1, d2, , m2, y2, y3, , m3, d3] = groups;
  if (d1 !== undefined && monthWord !== undefined && y1 !== undefined) {
    const month = monthFromName(monthWord);
    return month === null ? null : iso(Number(y1), month, Number(d1));
  }
  if (d2 !== undefined && m2 !== undefined && y2 !== undefined)
    return iso(Number(y2), Number(m2), Number(d2));
  if (y3 !== undefined && m3 !== undefined && d3 !== undefined)
    return iso(Number(y3), Number(m3), Number(d3));
  return null;
}

/** Every date in a text, in order; a day-of-week prefix ('Jumat (6/2/2026)', 'Senin, 2 Maret 2026') is included. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  let lastEnd = 0;
  for (const match of text.matchAll(CORE_DATE)) {
    const value = isoFromCore(match);
    if (value === null) continue;
    let start = match.index;
    let end = start + match[0].length;
    // A weekday prefix is short; looking back a bounded window keeps long texts linear.
    const windowStart = Math.max(lastEnd, start - 40);
    const prefix = DAY_PREFIX.exec(text.slice(windowStart, start));
    if (prefix !== null) {
      CLOSE_PAREN.lastIndex = end;
      const close = prefix[1] === undefined ? null : CLOSE_PAREN.exec(text);
      if (prefix[1] === undefined || close !== null) {
        start = windowStart + prefix.index;
        end += close?.[0].length ?? 0;
      }
    }
    found.push({ iso: value, start, end, text: text.slice(start, end) });
    lastEnd = end;
  }
  return found;
}

const LEADING_WORDS = /^(?:(?:pada|hari|tertanggal|tanggal|tgl\.?)\s*(?::\s*)?)*$/iu;

/** The ISO date ('YYYY-MM-DD') when the whole text is one date (labels like 'tertanggal' allowed), else null. */
export function parseIndonesianDate(text: string): string | null {
  const dates = findDates(text);
  const only = dates[0];
  if (dates.length !== 1 || only === undefined) return null;
  const before = text.slice(0, only.start).trim();
  const after = text.slice(only.end).trim();
  if (!LEADING_WORDS.test(before) || !/^[.,;]?$/.test(after)) return null;
  return only.iso;
}

/** The months as Indonesian documents write them. */
const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** `2026-02-06` -> `6 Februari 2026`, `2026-02` -> `Februari 2026`, as a BKD document writes dates. */
export function writtenDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}
