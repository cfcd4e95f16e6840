import { levelFromText } from '../domain/echelon.js';
import type { Level } from '../domain/level.js';
import { hintedBand } from './band-hints.js';

/** A label row that gives the level of the rows under it: `JPT PRATAMA/ESELON - II`, `JABATAN FUNGSIONAL`. */
const LEVEL_LABEL =
  /^(?:eselon|jabatan\s+(?:administrator|pengawas|fungsional|pelaksana|pimpinan)|jpt|pimpinan\s+tinggi)\b|^(?:administrator|pengawas|fungsional|pelaksana)\b.*\beselon\b/i;

export function isLevelLabel(text: string): boolean {
  return LEVEL_LABEL.test(text.trim()) && !/\d{6}/.test(text);
}

/** A title band naming the level of every row under it: `ESELON V`, `JPT PRATAMA/ESELON - II`. */
export interface Band {
  text: string;
  level: Level;
}

/** Bands name a level alone too: `ADMINISTRATOR`, `PENGAWAS`, `JABATAN FUNGSIONAL`. */
const BAND_WORDS = /^(?:(?:jabatan|pejabat)\s+)?(?:administrator|pengawas|pelaksana|fungsional)\b/i;

/** A band's level, or null when the text is no band (a bare `ESELON` is a column's name). */
export function bandOf(text: string): Band | null {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  // An office's hint names its own band labels: `PEJABAT FUNGSIONAL TERTENTU` is `fungsional`.
  const hinted = hintedBand(trimmed);
  if (hinted !== undefined) return hinted === null ? null : { text: trimmed, level: hinted };
  if (!isLevelLabel(trimmed) && !BAND_WORDS.test(trimmed)) return null;
  // A title naming two levels (`PEJABAT ADMINISTRATOR DAN PENGAWAS`) is no band of either.
  const levels = new Set(trimmed.split(/,|\s(?:dan|&)\s/i).map(levelFromText));
  const level = levelFromText(trimmed);
  return level && levels.size === 1 ? { text: trimmed, level } : null;
}
