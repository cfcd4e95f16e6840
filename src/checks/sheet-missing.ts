import { defineRule } from './rule.js';

export const sheetMissing = defineRule({
  code: 'sheet-missing',
  severity: 'error',
  description: 'The workbook has no sheet with the name or position given with --sheet.',
  why: 'Reading another sheet instead would check the wrong list; the message names the sheets the workbook has.',
  example:
    'sk-check: rekap.xlsx: no sheet "Lampiran" in the workbook; it has 1 "Daftar", 2 "Rekap" (sheet-missing)',
});
