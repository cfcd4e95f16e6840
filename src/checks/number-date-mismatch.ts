import { say } from '../i18n/said.js';
import { defineRule } from './rule.js';

export const numberDateMismatch = defineRule({
  code: 'number-date-mismatch',
  severity: 'warning',
  description: "The year, or the month, written in the SK number disagrees with the decree's date.",
  why: 'Numbers are given out per year (and often per month); a mismatch usually means a number reused from an old template.',
  example: 'the SK number 800/12/BKD/2025 says 2025 but the decree is dated 2026-02-06',
  run(doc, report) {
    const number = doc.skNumber;
    const date = doc.decree?.date;
    if (!number || !date) return;
    const [year, month] = date.split('-').map(Number);
    if (number.year !== null && number.year !== year) {
      report({
        field: 'number',
        ...say('number-date-mismatch/year', { number: number.normalized, year: number.year, date }),
      });
    }
    if (number.month !== null && number.month !== month) {
      report({
        field: 'number',
        ...say('number-date-mismatch/month', { number: number.normalized, month: number.month, date }),
      });
    }
  },
});
