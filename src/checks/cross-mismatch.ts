import { defineRule } from './rule.js';

export const crossMismatch = defineRule({
  code: 'cross-mismatch',
  severity: 'error',
  description:
    'sk-check audit: the same NIP with a different name, grade, echelon or new position in two sources (titles, case and spacing aside), or one person (by name and grade or post) whose NIP cell differs or is damaged.',
  why: 'Grade and post decide pay and authority: when the roster and the decree disagree, one of them will be executed wrongly. Names are compared without titles, so `S.STP` against `S.STP.` is not a difference.',
  example:
    'NIP 197912112006072030 (CUT NYAK FATIMAH): grade IV/b in sample-decree.pdf (page 3, row 2), IV/a in roster.csv (row 2)',
});
