import { say } from '../i18n/said.js';
import { isDecreeKind } from '../kinds.js';
import type { Appointee } from '../model.js';
import { defineRule, type Observation } from './rule.js';

/** Rows a finding names before it says `...`: enough to find the pattern, not a list of hundreds. */
const FIRST_ROWS = 5;

export const levelUnknown = defineRule({
  code: 'level-unknown',
  severity: 'warning',
  description:
    'Rows of the lampiran have no level: no ESELON cell, no section or band naming one, and a post whose name does not tell it.',
  why: 'The counts by level (eselon III, IV, fungsional) are what a dictum claims; a row without a level is counted nowhere, so a claim by level cannot be verified while such rows remain.',
  example: '4 of 46 rows have no level (eselon): rows 3, 9, 17, 40',
  run(doc, report) {
    if (!isDecreeKind(doc.kind)) return;
    const observation = levelsUnknown(doc.records.map((record) => record.appointee));
    if (observation) report(observation);
  },
});

/**
 * What `level-unknown` says of these rows, or null when each has a level. The joiner says it of a
 * workbook sheet joined to a decree (batch/join.ts): a roster alone is not held to levels.
 */
export function levelsUnknown(appointees: readonly Appointee[]): Observation | null {
  const unknown = appointees.filter((appointee) => appointee.level === 'unknown');
  const [first] = unknown;
  if (!first) return null;
  const rows = unknown.slice(0, FIRST_ROWS).map((appointee) => appointee.row);
  return {
    page: first.page,
    ...say('level-unknown', {
      count: unknown.length,
      total: appointees.length,
      rows,
      more: unknown.length > rows.length,
    }),
  };
}
