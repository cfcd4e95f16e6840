import { defineRule } from './rule.js';

export const pdfNoText = defineRule({
  code: 'pdf-no-text',
  severity: 'error',
  description: 'The PDF has no text layer: a scanned decree, made of page images only.',
  why: 'Without text (or OCR) no number, date or appointee can be read; the decree was not checked.',
  example: 'sk-check: scan.pdf: the PDF has no text layer: it looks like a scanned decree ... (pdf-no-text)',
});
