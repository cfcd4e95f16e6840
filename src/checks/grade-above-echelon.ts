import { say } from '../i18n/said.js';
import { fitStands, gradeFit } from './grade-fit.js';
import { at, defineRule } from './rule.js';

export const gradeAboveEchelon = defineRule({
  code: 'grade-above-echelon',
  severity: 'info',
  description:
    'The grade is above the highest grade of the echelon: a note, not a warning (PP 100/2000 as amended by PP 13/2002).',
  why: 'Lawful and common: the highest grade bounds promotion through the post, not who may hold it. Worth a glance only if the grade or the echelon may be mistyped.',
  example: 'grade IV/c is above IV/b, the highest for echelon III.a',
  row() {
    return ({ appointee, rankGrade }, report) => {
      if (!appointee.grade || !appointee.echelon) return;
      const fit = gradeFit(appointee.grade, appointee.echelon);
      if (fit?.fit !== 'above' || !fitStands(rankGrade, appointee.echelon, 'above')) return;
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
