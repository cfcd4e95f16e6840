import { defineRule } from './rule.js';

export const ocrLowConfidence = defineRule({
  code: 'ocr-low-confidence',
  severity: 'warning',
  description: 'OCR was unsure of this page: its mean word confidence is below 70 of 100.',
  why: 'A faint, skewed or low-resolution scan is read with many errors; what sk-check reports from that page needs checking by eye, or a better scan.',
  example: 'page 3: OCR mean confidence 54, below 70: check this page against the paper',
});
