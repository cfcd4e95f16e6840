import { defineRule } from './rule.js';

export const notADecree = defineRule({
  code: 'not-a-decree',
  severity: 'info',
  description:
    'The PDF has no decree heading (KEPUTUSAN ...), no dictum (MEMUTUSKAN, KESATU ...) and no LAMPIRAN block: it is some other document.',
  why: 'Attendance recaps, allowance lists and seniority lists carry names and NIPs too; read as a decree they would yield a made-up SK number and counts checked against nothing. It is not a defect: its outcome is `not-a-decree`, which does not fail a run.',
  example:
    'no decree heading (KEPUTUSAN ...), dictum (MEMUTUSKAN, KESATU ...) or LAMPIRAN block: this looks like an attendance recap (REKAPITULASI KEHADIRAN), not a decree',
});
