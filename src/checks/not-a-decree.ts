import { defineRule } from './rule.js';

export const notADecree = defineRule({
  code: 'not-a-decree',
  severity: 'info',
  description:
    'The PDF has no decree heading (KEPUTUSAN ...), no dictum (MEMUTUSKAN, KESATU ...), no LAMPIRAN block and no list of appointees (a table of people with NIPs and posts): it is some other document.',
  why: 'Attendance recaps, allowance lists, seniority lists, announcements and letters carry names and NIPs too; read as a decree they would yield a made-up SK number and counts checked against nothing. A list of appointees is read (see docs/lists-and-workbooks.md), unless its title says it is one of these. It is not a defect: its outcome is `not-a-decree`, which does not fail a run.',
  example:
    'no decree heading (KEPUTUSAN ...), dictum (MEMUTUSKAN, KESATU ...) or LAMPIRAN block: this looks like an attendance recap (REKAPITULASI KEHADIRAN), not a decree',
});
