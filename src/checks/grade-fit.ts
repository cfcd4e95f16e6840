import { gradeFitsEchelon } from '../domain/echelon.js';
import { parseRank, type RankGrade } from '../domain/grade.js';
import { memo } from '../domain/memo.js';

const fitOf = memo((key: string) => {
  const [grade = '', echelon = ''] = key.split('\u0000');
  return gradeFitsEchelon(grade, echelon);
});

/** `gradeFitsEchelon`, remembered: both grade checks ask it of every row, and rows repeat few pairs. */
export function gradeFit(grade: string, echelon: string): ReturnType<typeof gradeFitsEchelon> {
  return fitOf(`${grade}\u0000${echelon}`);
}

/**
 * Whether a row's fit to its echelon stands: where its rank and its grade disagree
 * (`rank-grade-mismatch` says so), one of the two is wrong (a slip, a misread scan: `Penata` beside
 * `I/c` for `III/c`), so a grade outside the echelon's range is said only when the rank's own grade
 * is outside it the same way.
 */
export function fitStands(rankGrade: RankGrade | null, echelon: string, fit: 'below' | 'above'): boolean {
  if (!rankGrade?.conflict || !rankGrade.rank) return true;
  const byRank = parseRank(rankGrade.rank);
  return byRank === null || gradeFit(byRank, echelon)?.fit === fit;
}
