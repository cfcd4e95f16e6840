import type { Level } from '../domain/level.js';
import type { Lang } from './lang.js';

/** One text in both languages, made from typed parameters. */
export interface Text<P> {
  en: (params: P) => string;
  id: (params: P) => string;
}

export type NoParams = Record<never, never>;

export function text<P = NoParams>(en: (params: P) => string, id: (params: P) => string): Text<P> {
  return { en, id };
}

export { writtenDate as tanggal } from '../domain/date.js';

/** How a report names a level: `eselon III`, `fungsional`, `level unknown` / `jenjang tidak diketahui`. */
export function levelText(level: Level, lang: Lang): string {
  if (level === 'fungsional' || level === 'pelaksana') return level;
  if (level === 'unknown') return lang === 'id' ? 'jenjang tidak diketahui' : 'level unknown';
  return `eselon ${level}`;
}

/** `page 3, row 12` / `halaman 3, baris 12`: where a first sighting was. */
export function placeText(place: { page?: number | undefined; row: number }, lang: Lang): string {
  if (lang === 'id')
    return place.page !== undefined ? `halaman ${place.page}, baris ${place.row}` : `baris ${place.row}`;
  return place.page !== undefined ? `page ${place.page}, row ${place.row}` : `row ${place.row}`;
}
