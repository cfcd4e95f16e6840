import { findDates } from '../domain/date.js';
import { findSkNumber, fitsSkNumber, NOT_IN_SK_NUMBER, normalizeSkNumber } from '../domain/sk-number.js';

/**
 * The decree a list's rows belong to, as a line inside its table names it:
 * `NOMOR : 821.2/72/BKPSDM-III/2022 TANGGAL 24 MEI 2022`. `number` is normalized, `date` ISO.
 */
export interface DecreeGroup {
  number: string;
  numberRaw: string;
  date: string | null;
}

/** `NOMOR`, `Nomor`, `NO.` before the number, and as OCR reads an O: `NOM0R`, `N0MOR`. */
const NUMBER_LABEL = /(?<![\p{L}\p{N}])(?:n[o0]m[o0]r|nomer|no)(?![\p{L}\p{N}])/iu;
/** `TANGGAL`, and as typing and OCR leave it: `TANGGAl`, `TANGGA1`, `TANGGAI`, `TANGGA!`; `Tgl.`. */
const DATE_LABEL = /(?<!\p{L})(?:tangga[l1i|!]|tgl)(?!\p{L})[.\s]*[:;]?\s*/iu;
/**
 * What may stand before the label: an enumerator and words naming the decree (`KEPUTUSAN BUPATI
 * TAPIN`, `SK`), no figures.
 */
const LEAD = /^(?:(?:[A-Z]|[IVX]{1,4}|\d{1,2})[.)]\s+)?[\p{L}\s.,()'-]{0,80}$/u;
/** Between the label and the number: a colon (`;` as OCR reads one), a stop, spaces. */
const AFTER_LABEL = /^[\s.:;]*/;
/** Between the number and the date's label: nothing, or a comma, a stop or a dash. */
const BETWEEN = /^[\s,;.-]*$/;
/** Nine digits and more, spaces and dots aside: a NIP, so a person's row, never a group line. */
const NIP_LIKE = /\d{9}/;
/** Longer than any group line: a paragraph that happens to hold a number and a date. */
const MAX_LENGTH = 300;

/**
 * The decree a group line names, or null when the text is not one: a `NOMOR` label (maybe after
 * words naming the decree), an SK number, then a `TANGGAL` label and the date. The date may be
 * unreadable (null); the label must be there, so that a row merely quoting a number is not a group.
 * As OCR reads a scan, a number with spaces inside its digits (`821. 2/7 2/...`) and a date with
 * look-alikes (`24 ME1 2O22`) are read when nothing else fits; `numberRaw` is then the number
 * without those spaces.
 */
export function decreeGroup(text: string): DecreeGroup | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > MAX_LENGTH || NIP_LIKE.test(line.replace(/[\s.]/g, ''))) return null;
  const label = NUMBER_LABEL.exec(line);
  if (!label || !LEAD.test(line.slice(0, label.index))) return null;
  const after = line.slice(label.index + label[0].length).replace(AFTER_LABEL, '');
  return groupAfterLabel(after) ?? groupAfterLabel(closeDigitGaps(after));
}

function groupAfterLabel(after: string): DecreeGroup | null {
  // The label as findSkNumber knows it, whatever OCR made of its O.
  const from = `NOMOR ${after}`;
  const found = findSkNumber(from);
  // The number must follow this label, not a later one.
  if (!found || found.start !== 'NOMOR '.length || !fitsSkNumber(found.raw)) return null;
  const rest = from.slice(found.end);
  const dateLabel = DATE_LABEL.exec(rest);
  if (!dateLabel || !BETWEEN.test(rest.slice(0, dateLabel.index))) return null;
  const dateText = rest.slice(dateLabel.index + dateLabel[0].length);
  const date = [dateText, ocrDate(dateText)]
    .map((text) => findDates(text)[0])
    .find((found) => found !== undefined && found.start === 0);
  return { number: normalizeSkNumber(found.raw), numberRaw: found.raw, date: date?.iso ?? null };
}

/**
 * OCR's spaces inside a number's digits (`821. 2`, `7 2`) closed, before the date's label only and
 * only in a number with slashes: `188.45 49 Kpts 2023` is spaced by its writer.
 */
function closeDigitGaps(after: string): string {
  const at = DATE_LABEL.exec(after)?.index ?? -1;
  if (at < 0 || !after.slice(0, at).includes('/')) return after;
  return after.slice(0, at).replace(/(?<=\d\.?) +(?=\d)/g, '') + after.slice(at);
}

/**
 * A date as OCR garbles it (`24 ME1 2O22`, `24MEI 2022`): I look-alikes in the month's word as I (as
 * i in a lower-case word), O and l in the year as digits. Only a real date comes out of findDates.
 */
function ocrDate(text: string): string {
  return text.replace(
    /^(\d{1,2})\s*(\p{L}[\p{L}1|!]{2,9})\.?\s*([0-9OolI|]{4})(?!\p{N})/u,
    (_all, day: string, month: string, year: string) => {
      const upper = month.slice(0, 2) === month.slice(0, 2).toUpperCase();
      const word = upper ? month.replace(/[1l|!]/g, 'I') : month.replace(/[1|!]/g, 'i');
      return `${day} ${word} ${year.replace(/[Oo]/g, '0').replace(/[lI|]/g, '1')}`;
    },
  );
}

/**
 * Whether a group's number holds a character no SK number has (`821.2/73/BKPSDM-!!1/2022`: OCR read
 * `III` as `!!1`): its decree cannot be named with confidence, and its number is left as read.
 */
export function isGarbled(group: DecreeGroup): boolean {
  return holdsNonSkCharacter(group.numberRaw);
}

/** Whether a number holds a character no SK number has (`!`, `#`, `?`). */
export function holdsNonSkCharacter(number: string): boolean {
  return NOT_IN_SK_NUMBER.test(number);
}

/**
 * Starts a decree's rows at a group line: `at` is the index of the first record under it. The same
 * line again (over every page, as a running head) starts nothing, and false says so.
 */
export function addGroup(
  groups: Array<DecreeGroup & { at: number; page: number }>,
  group: DecreeGroup,
  at: number,
  page: number,
): boolean {
  const last = groups.at(-1);
  if (last?.number === group.number && last.date === group.date) return false;
  groups.push({ ...group, at, page });
  return true;
}
