import { defineRule } from './rule.js';

export const claimConflict = defineRule({
  code: 'claim-conflict',
  severity: 'error',
  description:
    'sk-check audit: a total, or a total per level, that one source states differs from what the decree says (its dictum, else its lampiran).',
  why: 'A figure announced to the public that differs from the signed decree is either a wrong announcement or a sign that the decree was changed after it; either needs a correction. Qualified figures (`sekitar`, `sedikitnya`) are judged by what they say.',
  example: 'press.txt says 282 appointees, sample-decree.pdf (dictum) says 292',
});
