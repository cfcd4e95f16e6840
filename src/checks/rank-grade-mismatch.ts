import { parseRank, rankOfGrade } from '../domain/grade.js';
import { say } from '../i18n/said.js';
import { at, defineRule } from './rule.js';

export const rankGradeMismatch = defineRule({
  code: 'rank-grade-mismatch',
  severity: 'warning',
  description: 'The rank (pangkat) and the grade (golongan/ruang) in one row disagree.',
  why: 'Each grade has exactly one rank; when they disagree one of them is wrong, and so may be the grade check.',
  example: "rank 'Penata' is III/c but the grade says III/d (Penata Tingkat I)",
  row() {
    return ({ appointee, rankGrade }, report) => {
      if (!rankGrade?.conflict || !rankGrade.grade || !rankGrade.rank) return;
      report({
        ...at(appointee, 'rank'),
        ...say('rank-grade-mismatch', {
          rank: rankGrade.rank,
          rankGrade: parseRank(rankGrade.rank) ?? null,
          grade: rankGrade.grade,
          gradeRank: rankOfGrade(rankGrade.grade) ?? null,
        }),
      });
    };
  },
});
