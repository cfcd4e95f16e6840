import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';

/**
 * Scans of decree openings whose SK number ends in a Roman month OCR confuses with digits and
 * letters (VI and V1, IV and 1V, XI and Xl, IX and lX): made by
 * fixtures/decrees/month-scans/make-month-scans.mjs, each with the number it must read as.
 */
const DIR = resolve('fixtures/decrees/month-scans');
const SCANS = readdirSync(DIR)
  .filter((file) => file.endsWith('.pdf'))
  .sort();

describe('SK numbers with a Roman month, read by OCR from a scan', () => {
  it('covers the four months the repair is for', () => {
    const months = SCANS.map(
      (file) => JSON.parse(readFileSync(join(DIR, file.replace(/\.pdf$/, '.truth.json')), 'utf8')).month,
    );
    expect(months.sort()).toEqual(['IV', 'IX', 'VI', 'XI']);
  });

  it('reads each number whole, its month as the month', async () => {
    const report = await run(
      SCANS.map((file) => join(DIR, file)),
      { pdf: { ocr: { when: 'auto' } }, jobs: 2 },
    );
    for (const [index, file] of SCANS.entries()) {
      const truth = JSON.parse(readFileSync(join(DIR, file.replace(/\.pdf$/, '.truth.json')), 'utf8'));
      const doc = report.documents[index];
      expect(doc?.findings.map((f) => f.code)).toContain('ocr-used');
      expect(doc?.decree?.number, file).toBe(truth.number);
    }
  }, 180_000);
});
