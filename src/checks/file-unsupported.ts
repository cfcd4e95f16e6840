import type { Rule } from './rule.js';

export const fileUnsupported: Rule = {
  code: 'file-unsupported',
  severity: 'error',
  description: 'The input is of a kind this version of sk-check does not read yet.',
  why: 'The file was recognised but not checked; say so rather than report it clean.',
  example:
    'sk-check: daftar.xlsx: XLSX workbooks are not supported yet; save the sheet as CSV (file-unsupported)',
};
