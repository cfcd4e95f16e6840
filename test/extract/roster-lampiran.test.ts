import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import { extractXlsxRosters } from '../../src/extract/xlsx-roster.js';
import type { Appointee } from '../../src/model.js';
import { checkInput } from '../../src/run.js';
import { openInput } from '../../src/sources/input.js';
import { readXlsxSheet } from '../../src/sources/xlsx.js';

/** What the fixture scripts say a correct reader takes from each lampiran sheet. */
interface Truth {
  decree: { number: string; date: string };
  counts: { total: number };
  appointees: Array<Pick<Appointee, (typeof FIELDS)[number]>>;
}

const FIELDS = [
  'row',
  'name',
  'nip',
  'grade',
  'rank',
  'echelon',
  'level',
  'positionOld',
  'positionNew',
] as const;

const DIR = 'fixtures/rosters';
const CASES: Array<[string, string]> = [
  ['lampiran-sheet.xlsx', 'lampiran-sheet.truth.json'],
  ['lampiran-sheet-export.csv', 'lampiran-sheet.truth.json'],
  ['lampiran-nip-label.csv', 'lampiran-nip-label.truth.json'],
];

const truthOf = (file: string): Truth => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8'));
const project = (appointee: Appointee) =>
  Object.fromEntries(FIELDS.map((field) => [field, appointee[field]]));

describe.each(CASES)('%s, a lampiran kept in Excel', (fixture, truthFile) => {
  const truth = truthOf(truthFile);

  it('one appointee per person, every field as the truth has it, and no finding', async () => {
    const doc = (await run([`${DIR}/${fixture}`])).documents[0];
    expect(doc?.findings).toEqual([]);
    // A lampiran alone claims nothing: its rows are checked, but no count was verified.
    expect(doc?.status).toBe('unverified');
    expect(doc?.unverified?.map((u) => u.reason)).toEqual(['no-claim']);
    expect(doc?.counts.total).toBe(truth.counts.total);
    expect(doc?.appointees.map(project)).toEqual(truth.appointees);
  });

  it("takes the decree's number and date from the title rows", async () => {
    const doc = (await run([`${DIR}/${fixture}`])).documents[0];
    expect(doc?.decree?.number).toBe(truth.decree.number);
    expect(doc?.decree?.date).toBe(truth.decree.date);
  });

  it('counts the same when the rows stream through the checks without being kept', async () => {
    const doc = await checkInput(`${DIR}/${fixture}`, { keepAppointees: false });
    expect(doc.status).toBe('unverified');
    expect(doc.findings).toEqual([]);
    expect(doc.counts.total).toBe(truth.counts.total);
    const levels = new Map<string, number>();
    for (const a of truth.appointees) levels.set(a.level, (levels.get(a.level) ?? 0) + 1);
    expect(doc.counts.byLevel).toEqual(Object.fromEntries(levels));
  });
});

describe('the XLSX lampiran', () => {
  it("places each record at the spreadsheet row of its NO cell, not at its NIP's row", async () => {
    const input = await openInput(`${DIR}/lampiran-sheet.xlsx`);
    const [doc] = await extractXlsxRosters(input, {});
    const sheet = await readXlsxSheet(await openInput(`${DIR}/lampiran-sheet.xlsx`), {});
    const byLine = new Map(sheet.records.map((record) => [record.line, record.cells]));
    const lines = doc?.sheet?.lines ?? [];
    expect(lines).toHaveLength(truthOf('lampiran-sheet.truth.json').counts.total);
    lines.forEach((line, i) => {
      expect(byLine.get(line)?.[0]).toBe(String(i + 1));
    });
  });
});
