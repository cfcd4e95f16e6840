import { defineRule } from './rule.js';

export const columnHintUnused = defineRule({
  code: 'column-hint-unused',
  severity: 'warning',
  description:
    'A column hint of the config (or --columns) for this decree named a header label that no table of this document has (a decree lampiran, a CSV roster header): the hint changed nothing.',
  why: 'A hint written for one layout does nothing on another, and the column it meant to correct may still be read wrongly: check the label against debug-table, or narrow the hint with match.',
  example: "column hint 'JABATAN DIDUDUKI' matched no column header",
});
