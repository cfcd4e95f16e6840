import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.js';
import { checkInput } from '../../src/run.js';
import { decreeDoc } from '../checks/decree-doc.js';
import { project } from '../helpers.js';

/** What `make-others.mjs` says sk-check must report on each PDF that is not a decree. */
interface Truth {
  file: string;
  looksLike: string;
  peopleListed: number;
  mustReport: {
    status: string;
    findings: Array<{ code: string; severity: string }>;
    decreeNumber: null;
    appointees: number;
  };
}

const OTHERS = 'fixtures/others';
const truths = readdirSync(OTHERS)
  .filter((file) => file.endsWith('.truth.json'))
  .map((file) => JSON.parse(readFileSync(join(OTHERS, file), 'utf8')) as Truth);

describe('PDFs that are not decrees', () => {
  it('has the attendance recap, the seniority list and the selection announcement', () => {
    expect(truths.map((truth) => truth.file).sort()).toEqual([
      'attendance-recap.pdf',
      'selection-announcement.pdf',
      'seniority-list.pdf',
    ]);
  });

  it.each(truths)('$file: one not-a-decree note (not a defect), no number, no appointees', async (truth) => {
    const doc = await checkInput(join(OTHERS, truth.file));
    expect(project(doc.findings, ['code', 'severity'])).toEqual(truth.mustReport.findings);
    expect(doc.status).toBe(truth.mustReport.status);
    expect(doc.decree?.number ?? null).toBe(truth.mustReport.decreeNumber);
    expect(doc.decree?.numberRaw ?? null).toBeNull();
    expect([doc.claims, doc.counts.total, doc.appointees.length]).toEqual([
      [],
      truth.mustReport.appointees,
      0,
    ]);
    expect(doc.findings[0]?.message).toContain(`(${truth.looksLike}), not a decree`);
  });

  it('a document without decree parts is not also missing an SK number', () => {
    const other = { ...decreeDoc({ noDecree: true, claims: [], records: [] }), decreeParts: undefined };
    expect(runChecks(other).map((finding) => finding.code)).not.toContain('sk-number-missing');
  });
});

describe('the decree fixtures are decrees', () => {
  const DECREES = 'fixtures/decrees';
  const files = readdirSync(DECREES).filter((file) => file.endsWith('.pdf'));

  it.each(files)(
    '%s is not reported as not-a-decree',
    async (file) => {
      const doc = await checkInput(join(DECREES, file), { pdf: { password: 'rahasia' } });
      expect(doc.findings.map((finding) => finding.code)).not.toContain('not-a-decree');
      if (doc.status !== 'unreadable') expect(doc.decree?.number).toMatch(/\//);
    },
    60_000,
  );
});
