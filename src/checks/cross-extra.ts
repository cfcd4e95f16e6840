import { defineRule } from './rule.js';

export const crossExtra = defineRule({
  code: 'cross-extra',
  severity: 'error',
  description: 'sk-check audit: a person in the roster of a decree whom the decree does not appoint.',
  why: 'Only the signed decree appoints; a roster row without it gives someone a post nobody signed for.',
  example: 'NIP 198203152008011004 (RAHMADI NOOR) is in roster.csv (row 12) but not in sample-decree.pdf',
});
