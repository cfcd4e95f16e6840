import { romanMonth } from './date.js';

/**
 * Roman numerals of an OCR'd SK number that the word-level repair (`ocr-repair.ts`) must leave as
 * read, decided from the document itself: OCR reads `II` as `11` and `III` as `11111`, and both
 * are also numbers. Only the decree's own date or its own text can say which was printed; where
 * neither does, the number is left as read. The one exception is a run that cannot be a number
 * (`!1!`, `l!`: OCR's `III`, `II`), which can only be I's. Never for a PDF's own text layer.
 */

/** One repair: the segment as read, what it became, and what decided it. */
export interface SkNumberRepair {
  from: string;
  to: string;
  /**
   * `date-month`: the decree's date is in that Roman month; `unit-elsewhere`: the document prints the
   * unit so; `look-alikes`: the segment holds only I look-alikes, one of them no digit (`!1!`).
   */
  why: 'date-month' | 'unit-elsewhere' | 'look-alikes';
}

/** What decides a repair. */
export interface SkNumberContext {
  /** Whether the number was read by OCR; a text layer's number is never repaired. */
  fromOcr: boolean;
  /** The decree's date (`2024-02-09`): a month segment becomes this month's Roman numeral or nothing. */
  date: string | null;
  /** The document's text, where a unit with a Roman suffix (`BKPSDM-III`) may be printed whole. */
  text: string;
}

/** OCR's look-alikes of Roman numerals: l, 1, |, ! and i for I; v for V; x for X. */
const AS_ROMAN: Record<string, string> = { l: 'I', '1': 'I', '|': 'I', '!': 'I', i: 'I', v: 'V', x: 'X' };
const ROMANISH = /^[IVXivxl1|!]{1,4}$/;
const CODE = /^\d{3}(?:\.\d{1,4})*$/;
const YEAR = /^(?:19|20)\d\d$/;
/** A unit code and a suffix of I look-alikes only: `BKPSDM-11111`, `BKD-1l`, `BKPSDM-!1!`. */
const UNIT_SUFFIX = /^(.*\p{L}{2,})-([1lI|!i]+)$/u;
/** One to three I look-alikes (`IIII` is no numeral), as tesseract reads `III`: `!1!`, `!!1`, `l!`. */
const I_RUN = /^[!|lI1i]{1,3}$/;

const toDigits = (text: string): string => text.replace(/[lI|i!]/g, '1');

/**
 * Repairs an OCR'd, normalized SK number (`800/57/BKD/11/2024`) from context: (a) the month slot
 * (the segment before the year, not the sequence) read in digits or look-alikes becomes the Roman
 * month of the decree's date when its Roman reading is that month and its digit reading is not
 * (`11` dated February -> `II`; dated November it stays); (b) a unit's suffix of I look-alikes
 * (`BKPSDM-11111`) becomes the Roman suffix the document prints with the same unit elsewhere
 * (`BKPSDM-III`), when it prints exactly one; (c) failing those, a segment after the sequence, or a
 * part of one between dashes, made only of I look-alikes with one at least no digit (`BKPSDM-!1!`)
 * becomes a run of I (`BKPSDM-III`): no SK number holds `!` or a lone `l`, and a real `1` or `11`
 * is left as read. A month slot whose digit reading is a month (`l!`: II or 11) is left to (a).
 * Returns the number and every repair made.
 */
export function repairOcrSkNumber(
  number: string,
  context: SkNumberContext,
): { number: string; repairs: SkNumberRepair[] } {
  const repairs: SkNumberRepair[] = [];
  if (!context.fromOcr) return { number, repairs };
  const segments = number.split('/');
  const month = monthSlot(segments);
  const dateMonth = context.date ? Number(context.date.slice(5, 7)) : null;
  const read = month === null ? undefined : segments[month];
  if (month !== null && read !== undefined && dateMonth !== null) {
    const roman = read.replace(/[lI1|!ivx]/g, (c) => AS_ROMAN[c] ?? c);
    const asDigits = /^\d+$/.test(toDigits(read)) ? Number(toDigits(read)) : null;
    if (roman !== read && romanMonth(roman) === dateMonth && asDigits !== dateMonth) {
      segments[month] = roman;
      repairs.push({ from: read, to: roman, why: 'date-month' });
    }
  }
  for (const [index, segment] of segments.entries()) {
    const fixed = unitSuffix(segment, context.text);
    if (fixed === null) continue;
    segments[index] = fixed;
    repairs.push({ from: segment, to: fixed, why: 'unit-elsewhere' });
  }
  for (const index of iRunSlots(segments)) {
    const read = segments[index] ?? '';
    const fixed = read
      .split('-')
      .map((part) => iRun(part) ?? part)
      .join('-');
    if (fixed === read) continue;
    segments[index] = fixed;
    repairs.push({ from: read, to: fixed, why: 'look-alikes' });
  }
  return { number: segments.join('/'), repairs };
}

/** `!1!` as `III`: I look-alikes only, one at least no digit; null for anything else. */
function iRun(part: string): string | null {
  if (!I_RUN.test(part) || /^\d+$/.test(part)) return null;
  const run = 'I'.repeat(part.length);
  return run === part ? null : run;
}

/**
 * The segments where a run of I may stand: after the sequence (a code and a sequence are numbers),
 * before a final year, and not a month slot whose digits read as a month (`1l`: II or 11).
 */
function iRunSlots(segments: readonly string[]): number[] {
  const hasYear = YEAR.test(segments.at(-1) ?? '');
  const end = hasYear ? segments.length - 1 : segments.length;
  const sequence = CODE.test(segments[0] ?? '') ? 1 : 0;
  const slots: number[] = [];
  for (let index = sequence + 1; index < end; index++) {
    const read = segments[index] ?? '';
    const digits = Number(toDigits(read));
    const monthLike = hasYear && index === end - 1 && digits >= 1 && digits <= 12;
    if (!(monthLike && /^[!|lI1i]+$/.test(read))) slots.push(index);
  }
  return slots;
}

/** The index of the month slot: just before a final year, after the sequence; null when there is none. */
function monthSlot(segments: readonly string[]): number | null {
  const year = segments.length - 1;
  if (!YEAR.test(segments[year] ?? '')) return null;
  const slot = year - 1;
  // After a code the sequence is the second segment, else the first: neither is a month.
  const sequence = CODE.test(segments[0] ?? '') ? 1 : 0;
  return slot > sequence && ROMANISH.test(segments[slot] ?? '') ? slot : null;
}

/** `BKPSDM-11111` as `BKPSDM-III` when the text prints that unit with one Roman suffix; else null. */
function unitSuffix(segment: string, text: string): string | null {
  const m = UNIT_SUFFIX.exec(segment);
  const unit = m?.[1];
  if (!unit) return null;
  const escaped = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const whole = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}-([IVX]+)(?![\\p{L}\\p{N}])`, 'gu');
  const suffixes = new Set([...text.matchAll(whole)].map((found) => found[1]));
  const [only] = suffixes;
  return suffixes.size === 1 && only !== undefined ? `${unit}-${only}` : null;
}
