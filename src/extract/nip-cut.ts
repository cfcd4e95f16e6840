import { parseNip } from '../domain/nip.js';
import type { ColumnMap } from './columns.js';

/** What a NIP's last wrapped line holds: digits alone (`002`, `1 002`). */
const REST = /^\d[\d ]{0,9}$/;
/** A line of a wrapped NIP: digits, the first after its `NIP.` label. */
const NIP_LINE = /^(NIP\.?\s*:?\s*)?(\d[\d ]*)$/i;

/**
 * Whether a band opening a page holds the rest of the NIP cut at the foot of the page before
 * (`NIP. 19700512 199503 1` there, `002` here): only when the digits joined are a NIP that decodes,
 * so a stray number under a repeated header is never glued onto a person.
 */
export function completesNip(cells: readonly string[], previous: readonly string[], map: ColumnMap): boolean {
  const column = map.nip ?? map.nameNip;
  if (column === undefined) return false;
  const rest = (cells[column] ?? '').trim();
  if (!REST.test(rest)) return false;
  const head: string[] = [];
  for (const line of (previous[column] ?? '').split('\n').reverse()) {
    const match = NIP_LINE.exec(line.trim());
    if (!match) break;
    head.unshift(match[2] ?? '');
    if (match[1]) break;
  }
  const before = head.join('').replace(/\D/g, '');
  const digits = before + rest.replace(/\D/g, '');
  if (before.length >= 18 || digits.length !== 18) return false;
  const nip = parseNip(digits);
  return nip.decoded !== null && nip.problems.length === 0;
}
