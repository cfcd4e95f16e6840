/**
 * Repairs of the confusions OCR makes in this domain, applied only where the grammar leaves one
 * answer: the characters of a NIP can only be digits, a grade or echelon only a Roman numeral and a
 * letter, a year only digits. Anything else is left as read, so the usual checks flag it (a NIP that
 * is still not 18 digits is `nip-invalid`, a grade still unknown is `grade-unrecognised`).
 * Applied to OCR'd words only, never to a PDF's own text layer.
 */

/** Letters OCR reads for digits: O for 0; l, I, | for 1. */
const AS_DIGIT: Record<string, string> = { O: '0', o: '0', D: '0', l: '1', I: '1', '|': '1', i: '1' };

/** What may be misread digits inside a number; D only inside a NIP, where nothing else fits. */
const DIGITISH = /^[0-9OolI|]+$/;
const NIP_DIGITISH = /^[0-9OolI|iD]+$/;

function toDigits(text: string): string {
  return text.replace(/[OolI|iD]/g, (c) => AS_DIGIT[c] ?? c);
}

/**
 * A word of a NIP (the words after a `NIP` label): only digits are possible, so O -> 0 and
 * l/I/| -> 1. A word with any other letter is left alone. Trailing punctuation is kept.
 */
export function repairNipWord(word: string): string {
  const m = /^(.*?)([.,;:]?)$/.exec(word);
  const body = m?.[1] ?? word;
  if (!NIP_DIGITISH.test(body) || !/\d/.test(body)) return word;
  return toDigits(body) + (m?.[2] ?? '');
}

/** Roman-numeral characters as OCR reads them: l, 1, |, ! and i for I. */
const ROMANISH = /^[IlL1|!i]{1,3}$|^[IlL1|!i][Vv]$/;
const ROMANS = new Set(['I', 'II', 'III', 'IV']);

/**
 * A grade (`III/a`) or echelon (`III.a`) as OCR garbles it: `IILa` (the dot read as the foot of an
 * L), `Ill/a`, `II1/d`, `(lV/b)`. Certain when the whole word is a Roman-like run, a separator or an
 * L, and one letter a-e; the result keeps the separator (`/` or `.`). Null when not such a word.
 */
export function repairGrade(word: string): string | null {
  const m = /^(\(?)([IlL1|!iVv]{1,4}?)(L|[./-]\s*)?([a-eA-E])(\)?)([.,;]?)$/.exec(word);
  if (!m) return null;
  const [, open = '', roman = '', separator = '', letter = '', close = '', tail = ''] = m;
  let numeral = roman;
  let sep = separator.trim();
  if (sep === 'L') {
    numeral += 'I';
    sep = '.';
  }
  // Without a separator the letter must follow a run that could not be a word: `IIIa`, `IVb`.
  if (sep === '' && !/^[IlL1|!i]{2,3}$|V/.test(roman)) return null;
  if (!ROMANISH.test(numeral)) return null;
  const fixed = numeral.replace(/[lL1|!i]/g, 'I').replace('v', 'V');
  if (!ROMANS.has(fixed)) return null;
  if (open !== '' && close === '' && /\)/.test(word)) return null;
  const repaired = `${open}${fixed}${sep === '' ? '' : sep === '.' ? '.' : '/'}${letter.toLowerCase()}${close}${tail}`;
  return repaired === word ? null : repaired;
}

/** A year `2OI4` -> `2014`: four characters that read as 19xx or 20xx once O and l/I are digits. */
export function repairYear(word: string): string | null {
  const m = /^(\(?)([12lI][0-9OolI]{3})([).,;]?)$/.exec(word);
  if (!m) return null;
  const digits = toDigits(m[2] ?? '');
  if (!/^(19|20)\d\d$/.test(digits) || digits === m[2]) return null;
  // Two real digits at least: `lOOl` is not a year anyone printed.
  if ((m[2]?.match(/\d/g) ?? []).length < 2) return null;
  return `${m[1]}${digits}${m[3]}`;
}

/**
 * Numbers inside a word: `8OO.1.3.3/O3-O2/BKD/2O26` -> `800.1.3.3/03-02/BKD/2026`. A run of digits
 * and O/l/I between separators is a number when it holds a real digit and as many digits as
 * letters, or when the word has a run of real digits elsewhere; runs of letters only (`BKD`,
 * `III`) are words.
 */
export function repairNumbers(word: string): string {
  // A word with a run of real digits elsewhere (`8OO.1.3.3`) is a number throughout.
  const numeric = /(^|[^0-9A-Za-z|])\d+([^0-9A-Za-z|]|$)/.test(word);
  return word.replace(/[0-9A-Za-z|]+/g, (run) => {
    if (!DIGITISH.test(run) || !/\d/.test(run)) return run;
    const digits = (run.match(/\d/g) ?? []).length;
    return numeric || digits * 2 >= run.length ? toDigits(run) : run;
  });
}

/** OCR's look-alikes of Roman numerals: l, 1, | and i for I; v for V; x for X. */
const AS_ROMAN: Record<string, string> = { l: 'I', '1': 'I', '|': 'I', i: 'I', v: 'V', x: 'X' };
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/**
 * The month segment of an SK number as OCR garbles it (`V1`, `Vl`, `1V`, `Xl`, `lX`, `1O`): the one
 * month it can be, as a Roman numeral (its I's read as l, 1 or |) or in digits (O read for 0, l for
 * 1). Null when it is already a month, when it is none, or when both readings are months (`l1`: II
 * or 11), since then the grammar does not decide.
 */
export function repairMonth(segment: string): string | null {
  const readings = monthReadings(segment);
  const [only] = readings;
  return readings.size === 1 && only !== undefined && only !== segment ? only : null;
}

/** The months a segment can be read as: in Roman numerals with OCR's look-alikes, or in digits. */
function monthReadings(segment: string): Set<string> {
  const readings = new Set<string>();
  if (!/^[IVXivxl1|0-9OoD]{1,4}$/.test(segment)) return readings;
  const roman = segment.replace(/[lI1|ivx]/g, (c) => AS_ROMAN[c] ?? c);
  const digits = toDigits(segment);
  if (ROMAN_MONTHS.includes(roman)) readings.add(roman);
  if (/^(?:0?[1-9]|1[0-2])$/.test(digits)) readings.add(digits);
  return readings;
}

/**
 * Where the SK-number grammar expects a month: the segment between a `/` and a final `/YEAR`
 * (`.../BKPSDM/V1/2026`, also spaced `... / V1 / 2O26`). The year may still hold OCR's O and l.
 */
const MONTH_SLOT = /(?<=\/ ?)([^\s/]{1,4})(?= ?\/ ?[12lI][0-9OolI]{3}(?![\p{L}\p{N}]))/gu;

/** Month slots of a line of words: for each word holding one whole, the slot's place in it. */
function monthSlots(words: readonly string[]): Map<number, { start: number; end: number }> {
  const slots = new Map<number, { start: number; end: number }>();
  const starts: number[] = [];
  let line = '';
  for (const word of words) {
    starts.push(line.length);
    line += `${word} `;
  }
  for (const m of line.matchAll(MONTH_SLOT)) {
    const at = m.index;
    let index = starts.length - 1;
    while (index > 0 && (starts[index] ?? 0) > at) index--;
    const start = at - (starts[index] ?? 0);
    const end = start + (m[1]?.length ?? 0);
    if (end <= (words[index]?.length ?? 0)) slots.set(index, { start, end });
  }
  return slots;
}

/** Characters a scanned ruling line is read as, alone or stuck to a word's edge. */
const RULE_MARKS = /^[|[\]{}!]+$/;

/**
 * Repairs the words of one OCR'd line: a table's ruling lines read as `|` are dropped, a NIP after
 * its label is made of digits, grades and years are made whole, and numbers lose their letters.
 * Returns the kept words, in order, with `null` for a dropped one (so boxes stay aligned).
 */
export function repairLine(words: readonly string[]): Array<string | null> {
  const out: Array<string | null> = [];
  let inNip = false;
  let nipDigits = 0;
  const slots = monthSlots(words);
  for (const [index, raw] of words.entries()) {
    const slot = slots.get(index);
    if (slot) {
      // Where an SK number's month goes: made whole where one month fits; where two do (`l1`: II
      // or 11) left as read; another segment (a sequence `1O7`) is a number as anywhere else.
      const month = raw.slice(slot.start, slot.end);
      const kept = repairMonth(month) ?? (monthReadings(month).size > 1 ? month : repairNumbers(month));
      out.push(repairNumbers(raw.slice(0, slot.start)) + kept + repairNumbers(raw.slice(slot.end)));
      inNip = false;
      continue;
    }
    if (RULE_MARKS.test(raw)) {
      out.push(null);
      continue;
    }
    const word = raw.replace(/^[|[\]]+(?=\S)/, '').replace(/(?<=\S)[|[\]]+$/, '');
    if (/^NIP\b[.:]?/i.test(word)) {
      inNip = true;
      const [, label = '', rest = ''] = /^(NIP\b[.:]?\s*)(.*)$/i.exec(word) ?? [];
      const fixed = rest ? repairNipWord(rest) : '';
      nipDigits = fixed.replace(/\D/g, '').length;
      out.push(label + fixed);
      continue;
    }
    if (inNip) {
      // Inside a NIP, a short word of look-alikes alone (the sex digit `l`) is a digit too.
      const alone = nipDigits > 0 && nipDigits < 18 && word.length <= 3 && /^[OolI]+$/.test(word);
      const fixed = alone ? toDigits(word) : repairNipWord(word);
      if (/^\d+[.,;:]?$/.test(fixed)) {
        out.push(fixed);
        nipDigits += fixed.replace(/\D/g, '').length;
        continue;
      }
      inNip = false;
    }
    out.push(repairGrade(word) ?? repairYear(word) ?? repairNumbers(word));
  }
  return out;
}
