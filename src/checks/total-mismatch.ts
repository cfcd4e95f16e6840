import { say } from '../i18n/said.js';
import { defineRule } from './rule.js';

export const totalMismatch = defineRule({
  code: 'total-mismatch',
  severity: 'error',
  description: 'The parts of a claim do not add up to the total it states.',
  why: 'A decree that says 292 = 200 + 85 + 7 must add up; when it does not, one of the numbers is wrong and so may be the appointment.',
  example: 'the claim says 15 in total but its parts add up to 14 (8 + 6)',
  run(doc, report) {
    for (const claim of doc.claims) {
      if (claim.parts.length === 0 || claim.qualifier) continue;
      const sum = claim.parts.reduce((total, part) => total + part.count, 0);
      if (sum === claim.total) continue;
      const parts = claim.parts.map((part) => part.count);
      report({ page: claim.page, ...say('total-mismatch', { total: claim.total, parts }) });
    }
  },
});
