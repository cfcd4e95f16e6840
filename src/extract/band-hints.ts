import { AsyncLocalStorage } from 'node:async_hooks';
import type { Level } from '../domain/level.js';

/** An office's band labels for the document being read: each label's key, the level it names. */
export interface BandHints {
  bands: Map<string, { label: string; level: Level | 'none' }>;
  used: Set<string>;
  /** The run's record of the hints applied, label and level (for `debug-table`). */
  applied: Map<string, string>;
}

/** Set by `column-hints.ts` around the reading of one document's tables. */
export const bandHints = new AsyncLocalStorage<BandHints>();

/** A band label's key: lowercase, punctuation and spaces as one space. */
export const bandKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The level a hint gives a band label; null for `none` (no band); undefined when no hint speaks of it. */
export function hintedBand(text: string): Level | null | undefined {
  const hints = bandHints.getStore();
  if (!hints) return undefined;
  const key = bandKey(text);
  const found = hints.bands.get(key);
  if (!found) return undefined;
  hints.used.add(key);
  hints.applied.set(found.label, found.level);
  return found.level === 'none' ? null : found.level;
}
