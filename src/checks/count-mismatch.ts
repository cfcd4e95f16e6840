import type { Level } from '../domain/level.js';
import { say } from '../i18n/said.js';
import { defineRule } from './rule.js';

export const countMismatch = defineRule({
  code: 'count-mismatch',
  severity: 'error',
  description: "The attachment's rows, in total or per level, differ from what a claim in the decree says.",
  why: 'The dictum is what is signed; the lampiran is what is executed. If they differ, someone is appointed who should not be, or the other way round.',
  example: 'the decree says 41 appointees, the lampiran lists 40',
  run(doc, report) {
    const attachment = doc.decreeParts?.attachment;
    if (!attachment?.found) return;
    const listed = new Map<Level, number>();
    for (const { appointee } of doc.records)
      listed.set(appointee.level, (listed.get(appointee.level) ?? 0) + 1);
    for (const claim of doc.claims) {
      if (claim.qualifier) continue;
      if (claim.total !== doc.records.length) {
        report({
          page: claim.page,
          ...say('count-mismatch/total', { claimed: claim.total, listed: doc.records.length }),
        });
      }
      const claimed = new Map<Level, number>();
      for (const part of claim.parts) {
        if (part.level !== 'unknown') claimed.set(part.level, (claimed.get(part.level) ?? 0) + part.count);
      }
      for (const [level, count] of claimed) {
        const rows = listed.get(level) ?? 0;
        if (rows !== count) {
          report({
            page: claim.page,
            ...say('count-mismatch/level', { claimed: count, level, listed: rows }),
          });
        }
      }
    }
  },
});
