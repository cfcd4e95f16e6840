import { defineRule } from './rule.js';

export const rosterHeaderMissing = defineRule({
  code: 'roster-header-missing',
  severity: 'error',
  description: 'No row in the first lines of the roster looks like a header naming a person column.',
  why: 'Without a header the columns cannot be told apart, so no appointee can be read.',
  example:
    'sk-check: data.csv: no roster header found (expected columns such as Nama, NIP, ...) (roster-header-missing)',
});
