import { findDates } from '../domain/date.js';
import { findSkNumber, fitsSkNumber, normalizeSkNumber } from '../domain/sk-number.js';

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
const DATE_LABEL = /(?<!\p{L})(?:tangga[l1i|!]|tgl)(?!\p{L})\.?\s*:?\s*/iu;
/**
 * What may stand before the label: an enumerator and words naming the decree (`KEPUTUSAN BUPATI
 * TAPIN`, `SK`), no figures.
 */
const LEAD = /^(?:(?:[A-Z]|[IVX]{1,4}|\d{1,2})[.)]\s+)?[\p{L}\s.,()'-]{0,80}$/u;
/** Between the number and the date's label: nothing, or a comma or a dash. */
const BETWEEN = /^[\s,;-]*$/;
/** Nine digits and more, spaces and dots aside: a NIP, so a person's row, never a group line. */
const NIP_LIKE = /\d{9}/;
/** Longer than any group line: a paragraph that happens to hold a number and a date. */
const MAX_LENGTH = 300;

/**
 * The decree a group line names, or null when the text is not one: a `NOMOR` label (maybe after
 * words naming the decree), an SK number, then a `TANGGAL` label and the date. The date may be
 * unreadable (null); the label must be there, so that a row merely quoting a number is not a group.
 */
export function decreeGroup(text: string): DecreeGroup | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > MAX_LENGTH || NIP_LIKE.test(line.replace(/[\s.]/g, ''))) return null;
  const label = NUMBER_LABEL.exec(line);
  if (!label || !LEAD.test(line.slice(0, label.index))) return null;
  // The label as findSkNumber knows it, whatever OCR made of its O.
  const from = `NOMOR${line.slice(label.index + label[0].length)}`;
  const found = findSkNumber(from);
  // The number must follow this label (`: ` between them at most), not a later one.
  if (!found || found.start > 'NOMOR'.length + 3 || !fitsSkNumber(found.raw)) return null;
  const rest = from.slice(found.end);
  const dateLabel = DATE_LABEL.exec(rest);
  if (!dateLabel || !BETWEEN.test(rest.slice(0, dateLabel.index))) return null;
  const date = findDates(rest.slice(dateLabel.index + dateLabel[0].length))[0];
  return {
    number: normalizeSkNumber(found.raw),
    numberRaw: found.raw,
    date: date && date.start === 0 ? date.iso : null,
  };
}

/** What an SK number is made of: letters, digits, `.`, `/`, `-`, spaces, brackets. */
const NOT_IN_SK_NUMBER = /[^\p{L}\p{N}./\-\s()]/u;

/**
 * Whether a group's number holds a character no SK number has (`821.2/73/BKPSDM-!!1/2022`: OCR read
 * `III` as `!!1`): its decree cannot be named with confidence, and its number is left as read.
 */
export function isGarbled(group: DecreeGroup): boolean {
  return NOT_IN_SK_NUMBER.test(group.numberRaw);
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
