import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFor } from '../../src/checks/index.js';
import type { Document } from '../../src/model.js';
import { checkInput } from '../../src/run.js';

/** Every input kind a clerk brings, as the fixtures hold them (the matrix has its own test). */
const DIRS = [
  'fixtures/decrees',
  'fixtures/decrees/drafts',
  'fixtures/decrees/split',
  'fixtures/others',
  'fixtures/press',
  'fixtures/rosters',
  'fixtures/audit',
];
const READ = /\.(pdf|docx|odt|csv|xlsx|txt|md|html)$/;
const FILES = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => READ.test(name))
    .map((name) => join(dir, name)),
);

interface Truth {
  unreadable?: unknown;
  mustReport?: { status?: string };
  claims?: unknown[];
  planted?: Array<{ code: string }>;
}

/** Codes that leave a decree's counts unchecked without being a defect of the decree. */
const DOUBTS = new Set([
  'attachment-missing',
  'attachment-uncertain',
  'text-layer-unusable',
  'level-unknown',
]);

/**
 * The outcome a fixture's truth names: stated (a document that is no decree), or what its planted
 * faults make it: any error is invalid, a doubt or no claim unverified, else verified.
 */
function truthStatus(file: string): string | undefined {
  const path = file.replace(/\.[a-z]+$/, '.truth.json');
  if (!existsSync(path)) return undefined;
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Truth;
  if (truth.mustReport?.status) return truth.mustReport.status;
  if (truth.unreadable) return 'unreadable';
  if (!truth.planted) return undefined;
  if (truth.planted.some(({ code }) => ruleFor(code)?.severity === 'error')) return 'invalid';
  if (truth.planted.some(({ code }) => DOUBTS.has(code)) || (truth.claims ?? []).length === 0)
    return 'unverified';
  return 'verified';
}

const errors = (doc: Document) => doc.findings.filter((finding) => finding.severity === 'error');

describe.each(FILES)('%s', (file) => {
  it('has the outcome its findings and reasons give, and claims no more than was compared', async () => {
    const doc = await checkInput(file);
    const expected = truthStatus(file);
    if (expected) expect(doc.status).toBe(expected);
    switch (doc.status) {
      case 'verified':
        expect(errors(doc)).toEqual([]);
        expect(doc.unverified).toBeUndefined();
        expect(doc.checked?.rows).toBe(doc.counts.total);
        if (doc.kind === 'pdf' || doc.kind === 'docx' || doc.kind === 'odt') {
          // Every claim compared with rows that all have a level, from a table read with confidence.
          expect(doc.checked?.claims).toEqual(doc.claims.map((_, i) => i));
          expect(doc.counts.total).toBeGreaterThan(0);
          expect(doc.counts.byLevel.unknown).toBeUndefined();
          const codes = doc.findings.map((finding) => finding.code);
          for (const code of ['attachment-uncertain', 'attachment-missing', 'text-layer-unusable'])
            expect(codes).not.toContain(code);
        }
        break;
      case 'unverified':
        expect(errors(doc)).toEqual([]);
        expect(doc.unverified?.length).toBeGreaterThan(0);
        break;
      case 'invalid':
        expect(errors(doc).length).toBeGreaterThan(0);
        break;
      case 'not-a-decree':
        expect(doc.findings.map((finding) => finding.code)).toContain('not-a-decree');
        expect(errors(doc)).toEqual([]);
        break;
      case 'unreadable':
        expect(doc.findings).toHaveLength(1);
        break;
    }
  }, 60_000);
});
