import { defineRule } from './rule.js';

export const crossNumberMismatch = defineRule({
  code: 'cross-number-mismatch',
  severity: 'warning',
  description:
    'sk-check audit: the same decree cited with a different SK number (one segment off) or a different date.',
  why: 'A decree is cited by its number and date; a wrong one points a reader to another decree or to none. A warning, because a number one segment off is taken to be the same decree, which is a guess.',
  example: 'press.txt dates 800.1.3.3/03-02/BKD/2026 on 2026-02-05, sample-decree.pdf on 2026-02-06',
});
