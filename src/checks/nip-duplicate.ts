import { type FirstSeen, NipIndex } from './nip-index.js';
import { at, type Observation, type Rule } from './rule.js';

/** The finding for a NIP seen again at `here`, first seen at `first`. */
export function duplicateNip(nip: string, here: FirstSeen, first: FirstSeen): Observation {
  const where = first.page !== undefined ? `page ${first.page}, row ${first.row}` : `row ${first.row}`;
  return { ...at(here, 'nip'), message: `NIP ${nip} is also on ${where}` };
}

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
      if (first) report(duplicateNip(appointee.nip, appointee, first));
    };
  },
};
