import { romanMonth } from './date.js';

/**
 * Roman numerals of an OCR'd SK number that the word-level repair (`ocr-repair.ts`) must leave as
 * read, decided from the document itself: OCR reads `II` as `11` and `III` as `11111`, and both
 * are also numbers. Only the decree's own date or its own text can say which was printed; where
 * neither does, the number is left as read. Never for a PDF's own text layer.
 */

/** One repair: the segment as read, what it became, and what decided it. */
export interface SkNumberRepair {
  from: string;
  to: string;
  /** `date-month`: the decree's date is in that Roman month; `unit-elsewhere`: the document prints the unit so. */
  why: 'date-month' | 'unit-elsewhere';
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

/** OCR's look-alikes of Roman numerals: l, 1, | and i for I; v for V; x for X. */
const AS_ROMAN: Record<string, string> = { l: 'I', '1': 'I', '|': 'I', i: 'I', v: 'V', x: 'X' };
const ROMANISH = /^[IVXivxl1|]{1,4}$/;
const CODE = /^\d{3}(?:\.\d{1,4})*$/;
const YEAR = /^(?:19|20)\d\d$/;
/** A unit code and a suffix of I look-alikes only: `BKPSDM-11111`, `BKD-1l`. */
const UNIT_SUFFIX = /^(.*\p{L}{2,})-([1lI|]+)$/u;

const toDigits = (text: string): string => text.replace(/[lI|i]/g, '1');

/**
 * Repairs an OCR'd, normalized SK number (`800/57/BKD/11/2024`) from context: (a) the month slot
 * (the segment before the year, not the sequence) read in digits or look-alikes becomes the Roman
 * month of the decree's date when its Roman reading is that month and its digit reading is not
 * (`11` dated February -> `II`; dated November it stays); (b) a unit's suffix of I look-alikes
 * (`BKPSDM-11111`) becomes the Roman suffix the document prints with the same unit elsewhere
 * (`BKPSDM-III`), when it prints exactly one. Returns the number and every repair made.
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
    const roman = read.replace(/[lI1|ivx]/g, (c) => AS_ROMAN[c] ?? c);
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
  return { number: segments.join('/'), repairs };
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
