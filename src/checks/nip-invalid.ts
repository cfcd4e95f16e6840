import { say } from '../i18n/said.js';
import { at, defineRule, withoutLabel } from './rule.js';

export const nipInvalid = defineRule({
  code: 'nip-invalid',
  severity: 'error',
  description:
    'A NIP that cannot be real: wrong length, not digits, impossible dates, sex digit, or serial 000 in a text cell.',
  why: "The NIP is the key every personnel system joins on; a wrong one appoints nobody, or the wrong person. Check it against the appointee's personnel record and correct the lampiran.",
  example: 'NIP 197002301995031002: birth date 1970-02-30 is not a real date',
  row() {
    return ({ appointee, nip }, report) => {
      if (!nip || nip.mangled || nip.digits === null) return;
      if (nip.kind === 'nik') {
        report({
          ...at(appointee, 'nip'),
          ...say('nip-invalid/nik', { raw: withoutLabel(nip.raw) }),
        });
        return;
      }
      const errors = nip.problems.filter((problem) => problem.severity === 'error');
      if (errors.length > 0) {
        const problems = errors.map((problem) => problem.said);
        report({ ...at(appointee, 'nip'), ...say('nip-invalid', { problems }) });
      }
    };
  },
});
