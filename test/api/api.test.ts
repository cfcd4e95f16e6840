import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, extract, ReportSchema } from '../../src/index.js';
import { runCli } from '../cli/run-cli.js';

const ROSTER = 'fixtures/rosters/roster-faults.csv';
const WORKBOOK = 'fixtures/rosters/roster-workbook.xlsx';

describe('check and extract', () => {
  it('returns the report the JSON format prints, for paths', async () => {
    const report = await check([ROSTER, WORKBOOK]);
    expect(ReportSchema.parse(report)).toEqual(report);
    const printed = JSON.parse((await runCli([ROSTER, WORKBOOK, '--format', 'json'])).stdout);
    expect(report).toEqual(printed);
    expect(await extract([ROSTER, WORKBOOK])).toEqual(report);
  });

  it('reads buffers under the name given, with the options of the CLI', async () => {
    const data = readFileSync(WORKBOOK);
    const report = await check({ name: 'upload.xlsx', data: new Uint8Array(data) }, { sheet: 2 });
    expect(report.documents[0]?.source).toBe('upload.xlsx');
    expect(report.documents[0]?.findings.map((f) => f.code)).toEqual(['roster-header-missing']);
    const csv = await check({ name: 'roster', data: readFileSync(ROSTER) }, { delimiter: ';' });
    expect(csv.documents[0]?.kind).toBe('csv');
    expect(csv.documents[0]?.findings.map((f) => f.code)).toContain('roster-header-missing');
  });

  it('reports unreadable inputs as documents, and throws only on invalid arguments', async () => {
    const report = await check(['no/such/file.csv', { name: 'empty.csv', data: Buffer.alloc(0) }]);
    expect(report.documents.map((doc) => [doc.status, doc.findings[0]?.code])).toEqual([
      ['unreadable', 'file-unreadable'],
      ['unreadable', 'file-unsupported'],
    ]);
    await expect(check(ROSTER, { delimiter: ';;' })).rejects.toThrow();
    await expect(check(ROSTER, { encoding: 'latin-9' as 'utf-8' })).rejects.toThrow();
    await expect(check([{ name: 'x.csv', data: 'text' as unknown as Buffer }])).rejects.toThrow();
  });
});

describe('exceljs is loaded only for workbooks', () => {
  const loaded = (input: string) =>
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createRequire } from 'node:module';
         import { run } from './dist/batch/batch.js';
         await run([${JSON.stringify(input)}]);
         const cache = Object.keys(createRequire(import.meta.url).cache);
         process.stdout.write(String(cache.some((path) => path.includes('exceljs'))));`,
      ],
      { encoding: 'utf8' },
    );

  it('a CSV run does not load it; a workbook run does', () => {
    expect(loaded(ROSTER)).toBe('false');
    expect(loaded(WORKBOOK)).toBe('true');
  });
});
