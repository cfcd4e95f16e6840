import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import { formatAppointeesCsv } from '../../src/formatters/csv.js';
import { runCli } from './run-cli.js';

const ROSTERS = [
  'fixtures/rosters/sample-roster.csv',
  'fixtures/rosters/roster-faults.csv',
  'fixtures/rosters/roster-spanned.tsv',
  'fixtures/rosters/roster-win1252.csv',
];

describe('a CSV roster streamed past the checks', () => {
  it('without its appointees kept: the same counts, findings and status', async () => {
    const kept = await run(ROSTERS);
    const dropped = await run(ROSTERS, { keepAppointees: false });
    expect(dropped.documents.map((d) => d.appointees)).toEqual(ROSTERS.map(() => []));
    expect(dropped.documents).toEqual(kept.documents.map((d) => ({ ...d, appointees: [] })));
    expect(dropped.summary).toEqual(kept.summary);
  });

  it('extract --format csv writes rows as they are read: the same bytes as from kept appointees', async () => {
    const batch = ['fixtures/decrees/sample-decree.pdf', ...ROSTERS, 'fixtures/decrees/decree-chromium.pdf'];
    const streamed = await runCli(['extract', '--format', 'csv', '--jobs', '2', ...batch]);
    expect(streamed.stdout).toBe(formatAppointeesCsv(await run(batch)));
  });

  it('the report of check lists no appointees in text and CSV, and all of them in JSON', async () => {
    const json = JSON.parse((await runCli(['--format', 'json', ROSTERS[1] as string])).stdout);
    expect(json.documents[0].appointees.length).toBe(json.documents[0].counts.total);
    expect(json.documents[0].counts.total).toBeGreaterThan(10);
  });
});
