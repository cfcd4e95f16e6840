import { at, type Rule, withoutLabel } from './rule.js';

export const nipMangled: Rule = {
  code: 'nip-mangled',
  severity: 'error',
  description: 'A NIP damaged by a spreadsheet: scientific notation, or 15 digits padded with zeros.',
  why: '18 digits do not fit a spreadsheet number; the lost digits cannot be recovered from the file, only from the source.',
  example:
    'NIP 1,97005E+17 was turned into a number by a spreadsheet; its last digits are lost (format the column as text)',
  row(doc) {
    // A workbook is the damaged copy itself: exporting it again cannot bring the digits back.
    const fix =
      doc.kind === 'xlsx'
        ? 'format the column as text and type the NIPs again from the source'
        : 'format the column as text and export again';
    return ({ appointee, nip }, report) => {
      if (!nip?.mangled) return;
      report({
        ...at(appointee, 'nip'),
        message: `NIP ${withoutLabel(nip.raw)} was turned into a number by a spreadsheet; its last digits are lost (${fix})`,
      });
    };
  },
};
