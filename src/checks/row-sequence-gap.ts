import { say } from '../i18n/said.js';
import { defineRule } from './rule.js';

export const rowSequenceGap = defineRule({
  code: 'row-sequence-gap',
  severity: 'warning',
  description: 'The NO column of the attachment skips or repeats a number.',
  why: 'A gap often means a row was deleted (or lost between pages) after the totals were written.',
  example: 'NO jumps from 7 to 9',
  run(doc, report) {
    const rows = doc.decreeParts?.attachment.rows ?? [];
    let previous: number | null = null;
    rows.forEach((row, i) => {
      // A list's decree starts under its group line: its numbering may carry on from the row above.
      if (row.carriesFrom !== undefined) previous = row.carriesFrom;
      const no = row.no === null ? Number.NaN : Number.parseInt(row.no.replace(/\D/g, ''), 10);
      if (Number.isNaN(no)) return;
      const expected = row.restart || previous === null ? 1 : previous + 1;
      // After a section row numbering restarts at 1, though some offices carry it on.
      const carriedOn = row.restart && previous !== null && no === previous + 1;
      if (no !== expected && !carriedOn) {
        report({
          page: row.page,
          row: i + 1,
          field: 'no',
          ...say('row-sequence-gap', { from: previous, no, expected }),
        });
      }
      previous = no;
    });
  },
});
