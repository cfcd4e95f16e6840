import { say } from '../i18n/said.js';
import { gradeFit } from './grade-fit.js';
import { at, defineRule } from './rule.js';

export const gradeAboveEchelon = defineRule({
  code: 'grade-above-echelon',
  severity: 'warning',
  description: 'The grade is above the highest grade of the echelon.',
  why: 'Not forbidden, but unusual: often a typo in the grade or the echelon.',
  example: 'grade IV/c is above IV/b, the highest for echelon III.a',
  row() {
    return ({ appointee }, report) => {
      if (!appointee.grade || !appointee.echelon) return;
      const fit = gradeFit(appointee.grade, appointee.echelon);
      if (fit?.fit !== 'above') return;
      report({
        ...at(appointee, 'grade'),
        ...say('grade-above-echelon', {
          grade: appointee.grade,
          highest: fit.highest,
          echelon: appointee.echelon,
        }),
      });
    };
  },
});
