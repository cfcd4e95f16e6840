import { defineRule } from './rule.js';

export const ocrUsed = defineRule({
  code: 'ocr-used',
  severity: 'info',
  description:
    'Pages of this PDF had no text layer or an unusable one (or --ocr all was given), or the input is a photo or scanned image, and were read by OCR; the report shows the engine’s mean confidence.',
  why: 'OCR can misread a digit or a word: a finding on an OCR’d decree may be the scan’s fault, not the decree’s. Compare doubtful rows with the paper.',
  example: 'pages 1-4 read by OCR (mean confidence 88), 9 words repaired',
});
