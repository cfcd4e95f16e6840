import { defineRule } from './rule.js';

export const ocrUnavailable = defineRule({
  code: 'ocr-unavailable',
  severity: 'error',
  description:
    '--ocr was given but the optional OCR packages (tesseract.js, @tesseract.js-data/ind) are not installed.',
  why: 'OCR is an optional extra of about 50 MB; without it a scanned decree cannot be read.',
  example:
    'sk-check: scan.pdf: --ocr needs the optional packages tesseract.js and @tesseract.js-data/ind, which are not installed (npm ci installs them; ...) (ocr-unavailable)',
});
