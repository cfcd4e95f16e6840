import { defineRule } from './rule.js';

export const fileUnsupported = defineRule({
  code: 'file-unsupported',
  severity: 'error',
  description:
    'The input is a file sk-check does not read (a Word 97-2003 .doc, a presentation, a GIF, an image without --ocr, an archive, JSON, an empty file); the message says what it is and what to do.',
  why: 'The file was recognised but not checked; say so rather than report it clean.',
  example: 'sk-check: surat.doc: a Word 97-2003 document (.doc): save it as DOCX or PDF (file-unsupported)',
});
