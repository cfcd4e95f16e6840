import { defineRule } from './rule.js';

export const documentEncrypted = defineRule({
  code: 'document-encrypted',
  severity: 'error',
  description:
    'The Word or OpenDocument file is protected by a password; sk-check does not open such files (a PDF takes --password).',
  why: 'Nothing in it could be read, so nothing in it was checked.',
  example:
    'sk-check: draf.docx: the document is protected by a password: save a copy without one (or print it to PDF) and check that (document-encrypted)',
});
