import { say } from '../i18n/said.js';
import { at, defineRule } from './rule.js';

export const fieldMissing = defineRule({
  code: 'field-missing',
  severity: 'warning',
  description: 'A row without a name or without a NIP.',
  why: 'A row that names nobody, or that cannot be tied to a personnel record, cannot be checked or executed.',
  example: 'row has a name but no NIP',
  row() {
    return ({ appointee, nip }, report) => {
      if (!appointee.nameRaw) report({ ...at(appointee, 'name'), ...say('field-missing/name', {}) });
      if (!nip) report({ ...at(appointee, 'nip'), ...say('field-missing/nip', {}) });
    };
  },
});
