import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';

const DIR = 'fixtures/rosters';
const GOLDEN = 'test/golden/rosters';
const FIXTURES = readdirSync(DIR).filter((name) => /\.(csv|tsv|xlsx)$/.test(name));

async function report(name: string) {
  return (await run([join(DIR, name)])).documents[0];
}

/** Golden JSON holds the whole extraction; UPDATE_GOLDEN=1 rewrites it after a deliberate change. */
describe.each(FIXTURES)('golden extraction of %s', (name) => {
  it('matches the reviewed JSON', async () => {
    const doc = await report(name);
    const file = join(GOLDEN, name.replace(/\.\w+$/, '.json'));
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
    }
    expect(doc).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

const project = (findings: Array<{ code: string; row?: number }>) =>
  findings.map((f) => `${f.code}@${f.row ?? '-'}`);

describe('planted faults', () => {
  it('roster-faults.csv: every planted fault, and nothing else', async () => {
    const doc = await report('roster-faults.csv');
    expect(project(doc?.findings ?? [])).toEqual([
      'nip-implausible@2',
      'nip-invalid@4',
      'grade-below-echelon@5',
      'grade-above-echelon@6',
      'nip-duplicate@7',
      'field-missing@8',
      'field-missing@9',
      'grade-unrecognised@10',
      'echelon-unrecognised@11',
      'nip-implausible@12',
      'rank-grade-mismatch@13',
      'nip-invalid@14',
    ]);
    expect(doc?.decree?.number).toBe('800.1.3.3/03-02/BKD/2026');
  });

  it('roster-excel-damaged.csv: both kinds of spreadsheet damage, NIP left empty', async () => {
    const doc = await report('roster-excel-damaged.csv');
    expect(project(doc?.findings ?? [])).toEqual(['nip-mangled@3', 'nip-mangled@6']);
    expect(doc?.appointees[2]?.nip).toBeNull();
    expect(doc?.appointees[0]?.nip).toMatch(/^\d{18}$/);
  });

  it('roster-win1252.csv: the curly apostrophe survives, the stray cell is reported', async () => {
    const doc = await report('roster-win1252.csv');
    expect(doc?.appointees[3]?.name).toBe('Andi Muh. Ma’ruf');
    expect(doc?.appointees[3]?.titlesAfter).toEqual(['S.Sos.', 'M.Si.']);
    expect(project(doc?.findings ?? [])).toEqual(['row-malformed@7']);
  });

  it('roster-spanned.tsv: spanned header, numbering row, name/NIP cell, totals row', async () => {
    const doc = await report('roster-spanned.tsv');
    expect(doc?.counts.total).toBe(9);
    expect(doc?.findings).toEqual([]);
    for (const a of doc?.appointees ?? []) {
      expect(a.nip).toMatch(/^\d{18}$/);
      expect(a.positionOld).not.toBeNull();
      expect(a.positionNew).not.toBeNull();
      expect(a.grade).toMatch(/^I[IV]+\/[a-e]$/);
    }
  });

  it('sample-roster.csv: clean, with the SK number from the title rows', async () => {
    const doc = await report('sample-roster.csv');
    expect(doc).toMatchObject({ status: 'verified', findings: [], counts: { total: 16 } });
    expect(doc?.decree?.number).toBe('800.1.3.3/03-02/BKD/2026');
  });
});
