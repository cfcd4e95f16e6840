import { defineRule } from './rule.js';

/** Raised by the workbook reader, which sees every sheet: no `run` of its own. */
export const sheetSkipped = defineRule({
  code: 'sheet-skipped',
  severity: 'info',
  description:
    'A sheet of the workbook holds no table of people with NIPs (a recap, a list for the press), so it was not read.',
  why: 'Every sheet with people is checked, each as a document of its own; the others are named, so that nobody wonders whether a sheet was looked at. `--sheet` reads the one named, whatever it holds.',
  example: 'sheet "Rekap" (2 of 3) holds no table of people with NIPs: not read',
});
