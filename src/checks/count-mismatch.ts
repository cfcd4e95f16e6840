import type { Level } from '../domain/level.js';
import { say } from '../i18n/said.js';
import type { Claim } from '../model.js';
import { defineRule, type Observation } from './rule.js';

export const countMismatch = defineRule({
  code: 'count-mismatch',
  severity: 'error',
  description: "The attachment's rows, in total or per level, differ from what a claim in the decree says.",
  why: 'The dictum is what is signed; the lampiran is what is executed. If they differ, someone is appointed who should not be, or the other way round.',
  example: 'the decree says 41 appointees, the lampiran lists 40',
  run(doc, report) {
    if (!doc.decreeParts?.attachment.found) return;
    for (const observation of claimsAgainstRows(
      doc.claims,
      doc.records.map((record) => record.appointee),
    ))
      report(observation);
  },
});

/**
 * Each claim against the rows listed, in total and per level (parts of one level added up); a
 * qualified claim (`sekitar`) is not held to exact counts. The joiner of a decree in several files
 * uses it too, on the rows of all its lampiran.
 */
export function claimsAgainstRows(
  claims: readonly Claim[],
  rows: readonly { level: Level }[],
): Observation[] {
  const listed = new Map<Level, number>();
  for (const { level } of rows) listed.set(level, (listed.get(level) ?? 0) + 1);
  const out: Observation[] = [];
  for (const claim of claims) {
    if (claim.qualifier) continue;
    if (claim.total !== rows.length)
      out.push({
        page: claim.page,
        ...say('count-mismatch/total', { claimed: claim.total, listed: rows.length }),
      });
    const claimed = new Map<Level, number>();
    for (const part of claim.parts)
      if (part.level !== 'unknown') claimed.set(part.level, (claimed.get(part.level) ?? 0) + part.count);
    for (const [level, count] of claimed) {
      const listedAt = listed.get(level) ?? 0;
      if (listedAt !== count)
        out.push({
          page: claim.page,
          ...say('count-mismatch/level', { claimed: count, level, listed: listedAt }),
        });
    }
  }
  return out;
}
