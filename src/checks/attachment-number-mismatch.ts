import { normalizeSkNumber } from '../domain/sk-number.js';
import { say } from '../i18n/said.js';
import { defineRule } from './rule.js';

const comparable = (number: string) => normalizeSkNumber(number).toUpperCase().replace(/\s+/g, '');

export const attachmentNumberMismatch = defineRule({
  code: 'attachment-number-mismatch',
  severity: 'error',
  description: "The lampiran's NOMOR or TANGGAL differs from the decree's own number or date.",
  why: 'The attachment is part of the decree only if it names the same decree; a different number means a list from another decree was stapled on.',
  example: 'the lampiran says NOMOR 800.1.3.3/03-03/BKD/2026, the decree 800.1.3.3/03-02/BKD/2026',
  run(doc, report) {
    const block = doc.decreeParts?.attachmentBlock;
    const decree = doc.decree;
    if (!block || !decree) return;
    if (block.number && decree.number && comparable(block.number) !== comparable(decree.number)) {
      report({
        page: block.page,
        field: 'number',
        ...say('attachment-number-mismatch/number', { attachment: block.number, decree: decree.number }),
      });
    }
    if (block.date && decree.date && block.date !== decree.date) {
      report({
        page: block.page,
        field: 'date',
        ...say('attachment-number-mismatch/date', { attachment: block.date, decree: decree.date }),
      });
    }
  },
});
