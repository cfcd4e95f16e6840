/** The level of a post: an echelon (I-V), a functional post, an executor post, or not known. */
export const LEVELS = ['I', 'II', 'III', 'IV', 'V', 'fungsional', 'pelaksana', 'unknown'] as const;
export type Level = (typeof LEVELS)[number];

/** Levels in the order reports list them. */
export function compareLevels(a: Level, b: Level): number {
  return LEVELS.indexOf(a) - LEVELS.indexOf(b);
}

/** How a report names a level: `eselon III`, `fungsional`, `level unknown`. */
export function levelName(level: Level): string {
  if (level === 'fungsional' || level === 'pelaksana') return level;
  return level === 'unknown' ? 'level unknown' : `eselon ${level}`;
}
