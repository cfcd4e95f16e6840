import { defineRule } from './rule.js';

export const textLayerUnusable = defineRule({
  code: 'text-layer-unusable',
  severity: 'warning',
  description:
    'Pages of this PDF have a text layer that is not readable text (symbol soup, often a scanner’s own OCR); they were not read.',
  why: 'Read as it is, such a layer gives no number, claim or appointee, and the decree would pass as if empty; --ocr reads those pages from their image.',
  example:
    'pages 3-4: the text layer is not readable text (a scanner’s own OCR?); run with --ocr to read them',
});
