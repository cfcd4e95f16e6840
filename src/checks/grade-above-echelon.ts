import { gradeFit } from './grade-fit.js';
import { at, type Rule } from './rule.js';

export const gradeAboveEchelon: Rule = {
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
        message: `grade ${appointee.grade} is above ${fit.highest}, the highest for echelon ${appointee.echelon}`,
      });
    };
  },
};
