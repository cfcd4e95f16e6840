import { gradeFitsEchelon } from '../domain/echelon.js';
import { memo } from '../domain/memo.js';

const fitOf = memo((key: string) => {
  const [grade = '', echelon = ''] = key.split('\u0000');
  return gradeFitsEchelon(grade, echelon);
});

/** `gradeFitsEchelon`, remembered: both grade checks ask it of every row, and rows repeat few pairs. */
export function gradeFit(grade: string, echelon: string): ReturnType<typeof gradeFitsEchelon> {
  return fitOf(`${grade}\u0000${echelon}`);
}
