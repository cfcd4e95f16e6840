import { say } from '../i18n/said.js';
import { isDecreeKind } from '../kinds.js';
import { defineRule } from './rule.js';

export const skNumberMissing = defineRule({
  code: 'sk-number-missing',
  severity: 'warning',
  description: 'No SK number (NOMOR ...) was found in the decree.',
  why: 'The number identifies the decree in every register; without it the decree cannot be cited or cross-checked.',
  example: 'no SK number (NOMOR ...) found in the decree',
  run(doc, report) {
    if (isDecreeKind(doc.kind) && doc.decreeParts && !doc.decree?.number)
      report(say('sk-number-missing', {}));
  },
});
