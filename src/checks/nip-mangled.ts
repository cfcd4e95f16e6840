import { say } from '../i18n/said.js';
import { at, defineRule, withoutLabel } from './rule.js';

export const nipMangled = defineRule({
  code: 'nip-mangled',
  severity: 'error',
  description:
    'A NIP a spreadsheet stored as a number: scientific notation, a trailing .0, or 15 digits padded with 000 (in a workbook, only a number cell).',
  why: '18 digits do not fit a spreadsheet number, so its last digits are lost; they cannot be recovered from the file. Type the NIP again from the source document, in a column formatted as text.',
  example:
    'NIP 1,97005E+17 was turned into a number by a spreadsheet; its last digits are lost (format the column as text)',
  row(doc) {
    // A workbook is the damaged copy itself: exporting it again cannot bring the digits back.
    const workbook = doc.kind === 'xlsx';
    return ({ appointee, nip }, report) => {
      if (!nip?.mangled) return;
      report({
        ...at(appointee, 'nip'),
        ...say('nip-mangled', { raw: withoutLabel(nip.raw), workbook }),
      });
    };
  },
});
