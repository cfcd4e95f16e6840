import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../src/run.js';

const dir = mkdtempSync(join(tmpdir(), 'sk-check-split-'));

/** The sample roster's people many times over: every NIP repeats in both halves of the file. */
function repeatedRoster(): string {
  const lines = readFileSync('fixtures/rosters/sample-roster.csv', 'utf8').split('\r\n');
  const header = lines.findIndex((line) => line.startsWith('No;'));
  const rows = lines.slice(header + 1).filter((line) => /^\d/.test(line));
  const body = Array.from({ length: 40 }, (_, i) =>
    rows.map((row) => row.replace(/^\d+/, String(i * rows.length + 1))).join('\r\n'),
  );
  // A quoted cell over two lines and a quote inside an unquoted cell, somewhere in the middle.
  body.splice(
    20,
    0,
    '999;"Abdul ""Dul"" Karim,\r\nS.H.";197003031995031003;Penata (III/c);a "b" c;Kepala Seksi;IV.a;X',
  );
  return `${lines.slice(0, header + 1).join('\r\n')}\r\n${body.join('\r\n')}\r\n`;
}

const cases: Array<[string, string]> = [
  [
    'a roster whose NIPs repeat across the halves, with quoted multi-line cells',
    write('repeated.csv', repeatedRoster()),
  ],
  ['the roster with every fault', 'fixtures/rosters/roster-faults.csv'],
  ['a spanned header, multi-line cells and a totals row (TSV)', 'fixtures/rosters/roster-spanned.tsv'],
  ['Windows-1252', 'fixtures/rosters/roster-win1252.csv'],
];

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('a big roster read in two threads', () => {
  it.each(cases)('%s: the same document as read in one', async (_what, path) => {
    const whole = await checkInput(path, { keepAppointees: false });
    const split = await checkInput(path, {
      keepAppointees: false,
      splitRosters: true,
      splitRosterMinBytes: 1,
    });
    expect(split).toEqual(whole);
    expect(whole.counts.total).toBeGreaterThan(5);
  });

  it('finds duplicates across the halves', async () => {
    const path = cases[0]?.[1] as string;
    const split = await checkInput(path, {
      keepAppointees: false,
      splitRosters: true,
      splitRosterMinBytes: 1,
    });
    const duplicates = split.findings.filter((f) => f.code === 'nip-duplicate');
    expect(duplicates.length).toBe(
      split.counts.total - new Set(duplicates.map((f) => f.message.slice(4, 22))).size - 1,
    );
  });
});
