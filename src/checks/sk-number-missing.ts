import { DECREE_KINDS } from '../model.js';
import type { Rule } from './rule.js';

export const skNumberMissing: Rule = {
  code: 'sk-number-missing',
  severity: 'warning',
  description: 'No SK number (NOMOR ...) was found in the decree.',
  why: 'The number identifies the decree in every register; without it the decree cannot be cited or cross-checked.',
  example: 'no SK number (NOMOR ...) found in the decree',
  run(doc, report) {
    if (DECREE_KINDS.includes(doc.kind) && doc.decreeParts && !doc.decree?.number)
      report({ message: 'no SK number (NOMOR ...) found in the decree' });
  },
};
