import { defineRule } from './rule.js';

export const ocrUnavailable = defineRule({
  code: 'ocr-unavailable',
  severity: 'error',
  description:
    '--ocr was given but the optional OCR packages (tesseract.js, @tesseract.js-data/ind, and pngjs or utif2 for PNG and TIFF images) are not installed; the message gives the command that installs them.',
  why: 'OCR is an optional extra of about 57 MB, not installed with sk-check; without it a scanned decree or a photo cannot be read.',
  example:
    'sk-check: scan.pdf: --ocr needs the optional packages tesseract.js and @tesseract.js-data/ind, which are not installed: install them with `npm install -g tesseract.js@7.0.0 @tesseract.js-data/ind@1.0.0 pngjs@7.0.0 utif2@4.1.0` (...) (ocr-unavailable)',
});
