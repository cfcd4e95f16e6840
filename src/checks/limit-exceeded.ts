import { defineRule } from './rule.js';

export const limitExceeded = defineRule({
  code: 'limit-exceeded',
  severity: 'error',
  description:
    'The input is past a limit (--max-bytes, --max-pages, --max-record-size, --timeout, a PDF stream or a .docx or .odt package that inflates too far); it was not read.',
  why: 'A damaged or hostile file must not exhaust memory or stall a batch; raise the limit if the file is genuine.',
  example: 'sk-check: lampiran.pdf: the PDF has 100489 pages, more than --max-pages 2000 (limit-exceeded)',
});
