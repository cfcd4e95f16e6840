import { NipIndex } from './nip-index.js';
import { at, type Rule } from './rule.js';

export const nipDuplicate: Rule = {
  code: 'nip-duplicate',
  severity: 'error',
  description: 'The same NIP appears on two rows of one document.',
  why: 'One person cannot be appointed twice in one decree; usually a copy-paste slip hides someone else.',
  example: 'NIP 197005121995031002 is also on row 3',
  row() {
    const seen = new NipIndex();
    return ({ appointee }, report) => {
      if (!appointee.nip) return;
      const first = seen.firstOrRemember(appointee.nip, appointee);
      if (!first) return;
      const where = first.page !== undefined ? `page ${first.page}, row ${first.row}` : `row ${first.row}`;
      report({ ...at(appointee, 'nip'), message: `NIP ${appointee.nip} is also on ${where}` });
    };
  },
};
