import { defineRule } from './rule.js';

export const crossMismatch = defineRule({
  code: 'cross-mismatch',
  severity: 'error',
  description:
    'sk-check audit: a roster and its decree give the same NIP a different name, grade, rank, echelon, old or new position or unit (titles, case and spacing aside), or one person (by name, and grade or post where the NIP cannot tell) a NIP cell that differs or is damaged.',
  why: 'Grade and post decide pay and authority: when the roster and the decree disagree, one of them will be executed wrongly. Names are compared without titles, so `S.STP` against `S.STP.` is not a difference.',
  example:
    'NIP 197912112006072030 (CUT NYAK FATIMAH): grade IV/b in sample-decree.pdf (page 3, row 2), IV/a in roster.csv (row 2)',
});
