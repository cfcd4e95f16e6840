import { say } from '../i18n/said.js';
import { at, defineRule } from './rule.js';

export const rowMalformed = defineRule({
  code: 'row-malformed',
  severity: 'warning',
  description: 'A record with more or fewer cells than the header.',
  why: 'A stray delimiter shifts every cell after it: the values read from that row may sit in the wrong columns.',
  example: 'row has 9 cells, the header has 8',
  row() {
    return ({ appointee, width }, report) => {
      if (!width) return;
      report({ ...at(appointee), ...say('row-malformed', { cells: width.cells, header: width.header }) });
    };
  },
});
