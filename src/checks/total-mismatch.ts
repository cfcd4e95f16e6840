import type { Rule } from './rule.js';

export const totalMismatch: Rule = {
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
      report({
        page: claim.page,
        message: `the claim says ${claim.total} in total but its parts add up to ${sum} (${claim.parts.map((part) => part.count).join(' + ')})`,
      });
    }
  },
};
