import { defineRule } from './rule.js';

export const crossMissing = defineRule({
  code: 'cross-missing',
  severity: 'error',
  description: 'sk-check audit: a person the decree appoints is not in the roster of that decree.',
  why: 'The roster is what the personnel office acts on; someone the signed decree appoints but the roster leaves out does not get the post, the pay or the record.',
  example:
    'NIP 198709182012012020 (DEWI LESTARI) is in sample-decree.pdf (page 3, row 7) but not in roster.csv',
});
