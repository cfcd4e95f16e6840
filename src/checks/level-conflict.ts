import { say } from '../i18n/said.js';
import { at, defineRule } from './rule.js';

export const levelConflict = defineRule({
  code: 'level-conflict',
  severity: 'warning',
  description:
    'A post ending in its own echelon (`... / III B`) stands under a band or section row naming another level (`ESELON IV`).',
  why: "One of them is wrong: the post's own echelon is the one counted, but the counts by level are off if the band was right.",
  example:
    "the post ends in echelon III.b (eselon III), the band or section above says eselon IV: counted at the post's own",
  row() {
    return ({ appointee, overruledLevel }, report) => {
      if (!overruledLevel || !appointee.echelon) return;
      report({
        ...at(appointee, 'echelon'),
        ...say('level-conflict', {
          echelon: appointee.echelon,
          level: appointee.level,
          band: overruledLevel,
        }),
      });
    };
  },
});
