import { at, type Rule } from './rule.js';

export const nipDuplicate: Rule = {
  code: 'nip-duplicate',
  severity: 'error',
  description: 'The same NIP appears on two rows of one document.',
  why: 'One person cannot be appointed twice in one decree; usually a copy-paste slip hides someone else.',
  example: 'NIP 197005121995031002 is also on row 3',
  run(doc, report) {
    const firstRow = new Map<string, { row: number; page?: number | undefined }>();
    for (const { appointee } of doc.records) {
      if (!appointee.nip) continue;
      const first = firstRow.get(appointee.nip);
      if (!first) {
        firstRow.set(appointee.nip, appointee);
        continue;
      }
      const where = first.page !== undefined ? `page ${first.page}, row ${first.row}` : `row ${first.row}`;
      report({ ...at(appointee, 'nip'), message: `NIP ${appointee.nip} is also on ${where}` });
    }
  },
};
