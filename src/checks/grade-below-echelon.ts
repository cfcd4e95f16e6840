import { say } from '../i18n/said.js';
import { fitStands, gradeFit } from './grade-fit.js';
import { at, defineRule } from './rule.js';

export const gradeBelowEchelon = defineRule({
  code: 'grade-below-echelon',
  severity: 'error',
  description: 'The grade is two or more steps below the lowest grade the echelon allows.',
  why: "PP 100/2000 (as amended by PP 13/2002) lets an appointee hold at most one grade below the lowest; further below is a violation. Where the row's rank and grade disagree one of them is wrong (a slip, a misread scan): it is raised only when the rank's grade is below too.",
  example: 'grade III/b is 2 steps below III/d, the lowest for echelon III.b (one below is allowed)',
  row() {
    return ({ appointee, rankGrade }, report) => {
      if (!appointee.grade || !appointee.echelon) return;
      const fit = gradeFit(appointee.grade, appointee.echelon);
      if (fit?.fit !== 'below' || !fitStands(rankGrade, appointee.echelon, 'below')) return;
      report({
        ...at(appointee, 'grade'),
        ...say('grade-below-echelon', {
          grade: appointee.grade,
          steps: fit.stepsBelow,
          lowest: fit.lowest,
          echelon: appointee.echelon,
        }),
      });
    };
  },
});
