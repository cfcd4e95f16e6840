import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readRosterInTwo } from '../../src/roster/split.js';
import { checkInput } from '../../src/run.js';
import { csvLayout } from '../../src/sources/csv.js';
import { recordStartAfter } from '../../src/sources/csv-split.js';
import { openInput } from '../../src/sources/input.js';
// @ts-expect-error: a plain .mjs script
import { writeBigRoster } from '../bench/make-roster.mjs';

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
  // Blank lines before the split: the second half's lines count from the file's start all the same.
  body.splice(5, 0, '', ';;;');
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

/** A lampiran of `people` persons, each over two rows: the NIP under the name, the post's unit under it. */
function lampiranRoster(people: number): string {
  const lines = [
    'LAMPIRAN KEPUTUSAN WALI KOTA BANJARMASIN;;;;',
    'NO;NAMA / NIP;GOL;JABATAN BARU;ESE',
    '1;2;3;4;5',
  ];
  for (let i = 1; i <= people; i++) {
    lines.push(`${i};AHMAD FAUZI, S.H.;III/c;Kepala Seksi Pemerintahan;IV.b`);
    lines.push(`;197005121995031${String(i).padStart(3, '0')};;pada Dinas Kesehatan;`);
  }
  lines.push(';;;WALI KOTA BANJARMASIN,;', ';;;H. IBNU SINA;');
  return `${lines.join('\r\n')}\r\n`;
}

/** Lampiran rosters whose middle record start is, or is not, a row that continues a person. */
async function lampiranSplitAt(continuation: boolean): Promise<{ path: string; people: number }> {
  for (let people = 40; people < 80; people++) {
    const text = lampiranRoster(people);
    const path = write(`lampiran-${people}.csv`, text);
    const middle = await recordStartAfter(path, Math.floor(Buffer.byteLength(text) / 2), ';', 0);
    if (middle !== null && (text[middle] === ';') === continuation) return { path, people };
  }
  throw new Error('no such roster');
}

describe('a lampiran whose people take two rows, read in two threads', () => {
  it.each([
    ['between a person and the row that continues it', true],
    ['at the start of a person', false],
  ])('split %s: the same document as read in one', async (_where, continuation) => {
    const { path, people } = await lampiranSplitAt(continuation);
    const whole = await checkInput(path, { keepAppointees: false });
    expect(whole.counts.total).toBe(people);
    expect(whole.findings).toEqual([]);
    const split = await checkInput(path, {
      keepAppointees: false,
      splitRosters: true,
      splitRosterMinBytes: 1,
    });
    expect(split).toEqual(whole);
  });

  it('is read in one thread when the split would cut a person from their NIP row', async () => {
    const cut = await lampiranSplitAt(true);
    const input = await openInput(cut.path);
    expect(await readRosterInTwo(cut.path, input.head, csvLayout(input, {}), {}, 1)).toBeNull();
    const clean = await lampiranSplitAt(false);
    const cleanInput = await openInput(clean.path);
    const parts = await readRosterInTwo(clean.path, cleanInput.head, csvLayout(cleanInput, {}), {}, 1);
    expect(parts?.rows).toBe(clean.people);
    expect(parts?.findings).toEqual([]);
  });
});

describe('a big roster with a finding on most rows', () => {
  it('is read in one thread without starting the two: their halves would stop at too many findings', async () => {
    const faulty = join(dir, 'faulty.csv');
    await writeBigRoster(faulty, 20_000, undefined, { rankGrade: 'Penata (III/a)' });
    const clean = join(dir, 'clean.csv');
    await writeBigRoster(clean, 2_000);
    const started = vi.spyOn(process, 'getBuiltinModule');
    const threadsFor = async (path: string) => {
      started.mockClear();
      const input = await openInput(path);
      const parts = await readRosterInTwo(path, input.head, csvLayout(input, {}), {}, 1);
      return { parts, threads: started.mock.calls.some(([name]) => name === 'node:worker_threads') };
    };
    // The spy is put back even when an assertion fails: the next files share this module registry.
    try {
      expect(await threadsFor(faulty)).toEqual({ parts: null, threads: false });
      const read = await threadsFor(clean);
      expect([read.parts?.rows, read.threads]).toEqual([2_000, true]);
    } finally {
      started.mockRestore();
    }
  });
});
