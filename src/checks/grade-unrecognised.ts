import { say } from '../i18n/said.js';
import { at, defineRule } from './rule.js';

export const gradeUnrecognised = defineRule({
  code: 'grade-unrecognised',
  severity: 'warning',
  description: 'A rank or grade cell that is neither a known grade (III/a, IV.b, IX) nor a known rank.',
  why: 'The grade decides whether a person may hold the post; an unreadable one cannot be checked.',
  example: "grade 'III/f' is not a civil-service grade or rank",
  row() {
    return ({ appointee, rankGrade }, report) => {
      if (!rankGrade || rankGrade.grade || rankGrade.rank) return;
      report({
        ...at(appointee, 'grade'),
        ...say('grade-unrecognised', { raw: rankGrade.raw }),
      });
    };
  },
});
