import { findDates, monthFromName } from '../domain/date.js';
import { findPlaceholders } from '../domain/placeholder.js';
import { labelValue, type TextLine } from './text-lines.js';

/** What a decree body (a KEPUTUSAN heading, then MEMUTUSKAN or dicta) shows of its signing. */
export interface DecreeBody {
  /** The page of `Ditetapkan di`, else the body's last page. */
  page: number;
  /** A date was read after `Ditetapkan di` / `pada tanggal`, not only somewhere in the dicta. */
  dated: boolean;
  /** `pada tanggal      Februari 2026`: month and year, the day left blank for the signing. */
  blankDay: boolean;
  /** Template placeholders left in the body's text, each once, with the page it is first on. */
  placeholders: Array<{ text: string; page: number }>;
}

/** `pada tanggal`, `tanggal :`: the label of the date of signing. */
export const DATE_LABEL = /(?<!\p{L})(?:pada\s+)?tanggal(?!\p{L})\s*:?/iu;

/** The date after a `pada tanggal` label in lines [from, to): ISO date and the line it ends on. */
export function readSignedDate(
  lines: readonly TextLine[],
  from: number,
  to: number,
  atLineStart: boolean,
): { iso: string; line: number } | null {
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
    const text = lines[i]?.text ?? '';
    const m = DATE_LABEL.exec(text);
    if (!m || (atLineStart && m.index > 0)) continue;
    const same = text.slice(m.index + m[0].length).trim();
    const value = same !== '' ? { value: same, line: i } : labelValue(lines, i, /^.*$/u);
    const found = findDates(value.value)[0];
    if (found) return { iso: found.iso, line: value.line };
  }
  return null;
}

// The day left blank: `tanggal      Februari 2026`, `tanggal ... Februari 2026`, `tanggal __ Februari 2026`.
const BLANK_DAY = /^[\s._\u2026-]*(\p{L}+)\.?\s+(?:19|20)\d\d(?!\p{N})/u;

/** Whether a `tanggal` label in lines [from, to) is followed by a month and year with no day. */
export function hasBlankDay(
  lines: readonly TextLine[],
  from: number,
  to: number,
  atLineStart: boolean,
): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
    const text = lines[i]?.text ?? '';
    const m = DATE_LABEL.exec(text);
    if (!m || (atLineStart && m.index > 0)) continue;
    const month = BLANK_DAY.exec(text.slice(m.index + m[0].length))?.[1];
    if (month !== undefined && monthFromName(month) !== null) return true;
  }
  return false;
}

/** Each placeholder once, with the page it is first on. */
export function placeholdersIn(lines: readonly TextLine[]): DecreeBody['placeholders'] {
  const found: DecreeBody['placeholders'] = [];
  for (const line of lines)
    for (const text of findPlaceholders(line.text))
      if (!found.some((seen) => seen.text === text)) found.push({ text, page: line.page });
  return found;
}

const SIGN_STOP = /^(?:tembusan|salinan\s+sesuai|disalin|lampiran)(?!\p{L})/iu;
const SIGN_SKIP: readonly RegExp[] = [
  /,$/,
  /^(?:a\.?\s?n\.?|u\.?b\.?|Pj\.?|Plt\.?|Penjabat|Pelaksana\s+Tugas|GUBERNUR|WAKIL|BUPATI|WALI\s?KOTA|SEKRETARIS|KEPALA)(?!\p{L})/iu,
  /^\(?\s*(?:ttd|tertanda|dto|cap)(?!\p{L})/iu,
  /^(?:juru|pengatur|penata|pembina)(?!\p{L})/iu,
  /^(?:pada\s+tanggal|ditetapkan)(?!\p{L})/iu,
  /^[^\p{L}]*$/u,
];
const NIP = /(?:^|\s)NIP(?!\p{L})/iu;

/** The signer's name: the last name-like line before a `NIP`, else the first name-like line. */
export function readSignatory(lines: readonly TextLine[], from: number): string | null {
  let first: string | null = null;
  let last: string | null = null;
  for (let i = from; i < Math.min(lines.length, from + 12); i++) {
    const text = lines[i]?.text ?? '';
    if (SIGN_STOP.test(text)) break;
    const nip = NIP.exec(text);
    const name = nip ? text.slice(0, nip.index).trim() : text;
    if (name !== '' && !SIGN_SKIP.some((re) => re.test(name))) {
      first ??= name;
      last = name;
    }
    if (nip && last !== null) return last;
  }
  return first;
}
