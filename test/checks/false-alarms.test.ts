import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { checkInput } from '../../src/run.js';

/**
 * The false-alarm budget: every committed fixture, checked alone, raises no warning or error that
 * its truth does not name. The photos and month scans are left out: they are read only with --ocr,
 * and their truths are about what OCR reads, not about findings.
 */
const DIRS = [
  'fixtures/decrees',
  'fixtures/decrees/drafts',
  'fixtures/decrees/matrix',
  'fixtures/rosters',
  'fixtures/press',
  'fixtures/audit',
];
const READ = /\.(pdf|docx|odt|csv|tsv|xlsx|txt|md|html)$/;
const FILES = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => READ.test(name) && name !== 'README.md')
    .map((name) => join(dir, name)),
);

/**
 * Fixtures whose faults are written beside their generator or table rather than in a truth file:
 * the rosters (make-rosters.mjs, make-xlsx.mjs, fixtures/rosters/README.md), the press texts (the
 * `planted` column of fixtures/press/README.md), and the audit inputs, whose planted faults are
 * across documents (audit.truth.json), so each alone is clean. `code@row`, or `code` for any row.
 */
const WRITTEN: Record<string, string[]> = {
  'fixtures/rosters/sample-roster.csv': [],
  'fixtures/rosters/roster-win1252.csv': ['row-malformed@7'],
  'fixtures/rosters/roster-excel-damaged.csv': ['nip-mangled@3', 'nip-mangled@6'],
  'fixtures/rosters/roster-spanned.tsv': [],
  'fixtures/rosters/roster-faults.csv': [
    'nip-implausible@2',
    'nip-invalid@4',
    'grade-below-echelon@5',
    'nip-duplicate@7',
    'field-missing@8',
    'field-missing@9',
    'grade-unrecognised@10',
    'echelon-unrecognised@11',
    'nip-implausible@12',
    'rank-grade-mismatch@13',
    'nip-invalid@14',
  ],
  'fixtures/rosters/roster-workbook.xlsx': [
    'nip-mangled@3',
    'nip-mangled@7',
    'grade-below-echelon@9',
    'nip-duplicate@14',
    'nip-invalid@16',
  ],
  'fixtures/press/kalsel-292.txt': [],
  'fixtures/press/banjar-tidak-cocok.md': ['total-mismatch'],
  'fixtures/press/tapin-berita.html': [],
  'fixtures/press/hss-mutasi.txt': [],
  'fixtures/audit/sample-decree-press.txt': [],
  'fixtures/audit/sample-decree-roster.csv': [],
  // A draft and its signed copies (revisions.truth.json): the draft's number and day are left blank.
  'fixtures/audit/revision-draft.docx': ['sk-number-blank', 'date-missing'],
  'fixtures/audit/revision-signed.pdf': [],
  'fixtures/audit/revision-signed-chromium.pdf': [],
};

/** The export of lampiran-sheet.xlsx shares its truth (fixtures/rosters/README.md). */
const SHARED_TRUTH: Record<string, string> = {
  'lampiran-sheet-export.csv': 'lampiran-sheet.truth.json',
};

interface Truth {
  unreadable?: string;
  planted?: { code: string; row?: number }[];
}

/** What a careful clerk would raise on a fixture; null when nothing says. */
function truthOf(file: string): string[] | null {
  const written = WRITTEN[file];
  if (written) return written;
  const name = SHARED_TRUTH[basename(file)] ?? basename(file).replace(/\.[a-z]+$/, '.truth.json');
  const path = join(dirname(file), name);
  if (!existsSync(path)) return null;
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Truth;
  if (truth.unreadable) return [truth.unreadable];
  // A generator's truth without `planted` lays out a clean document.
  return (truth.planted ?? []).map(({ code, row }) => (row === undefined ? code : `${code}@${row}`));
}

const allowed = (finding: Finding, truth: readonly string[]) =>
  truth.includes(finding.code) || truth.includes(`${finding.code}@${finding.row}`);

describe.each(FILES)('%s', (file) => {
  it('raises no warning or error its truth does not name', async () => {
    const truth = truthOf(file);
    expect(truth, 'a fixture needs a truth (a truth file, or an entry in WRITTEN)').not.toBeNull();
    const doc = await checkInput(file);
    const raised = doc.findings.filter((finding) => finding.severity !== 'info');
    const alarms = raised.filter((finding) => !allowed(finding, truth ?? []));
    expect(alarms.map((finding) => `${finding.code}@${finding.row ?? ''}: ${finding.message}`)).toEqual([]);
  }, 60_000);
});
