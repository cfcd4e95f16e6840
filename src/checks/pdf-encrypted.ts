import { defineRule } from './rule.js';

export const pdfEncrypted = defineRule({
  code: 'pdf-encrypted',
  severity: 'error',
  description: 'The PDF is encrypted and no password, or a wrong one, was given (--password).',
  why: 'Nothing in it could be read, so nothing in it was checked.',
  example: 'sk-check: sk.pdf: the PDF is encrypted: give its password with --password (pdf-encrypted)',
});
