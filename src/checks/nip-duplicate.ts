import { say } from '../i18n/said.js';
import { type FirstSeen, NipIndex } from './nip-index.js';
import { at, defineRule, type Observation } from './rule.js';

/** The finding for a NIP seen again at `here`, first seen at `first`. */
export function duplicateNip(nip: string, here: FirstSeen, first: FirstSeen): Observation {
  return {
    ...at(here, 'nip'),
    ...say('nip-duplicate', { nip, first: { page: first.page, row: first.row } }),
  };
}

export const nipDuplicate = defineRule({
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
});
