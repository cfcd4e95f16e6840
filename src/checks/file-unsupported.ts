import type { Rule } from './rule.js';

export const fileUnsupported: Rule = {
  code: 'file-unsupported',
  severity: 'error',
  description:
    'The input is a file sk-check does not read (a Word or OpenDocument file, a GIF, an image without --ocr, an archive, JSON, an empty file); the message says what it is and what to do.',
  why: 'The file was recognised but not checked; say so rather than report it clean.',
  example: 'sk-check: surat.docx: a Word document: save it as PDF (file-unsupported)',
};
