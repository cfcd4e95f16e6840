import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.js';
import type { ExtractedDocument } from '../../src/extract/document.js';
import { type Format, reportStream } from '../../src/formatters/stream.js';
import { formatText } from '../../src/formatters/text.js';
import { localizeDocument } from '../../src/i18n/said.js';
import type { Document, Finding, Report } from '../../src/model.js';
import { checkInput, summarize } from '../../src/run.js';
import { each, mapped, release, Spool, sizeOf } from '../../src/spill.js';
// @ts-expect-error: a plain .mjs script
import { writeBigRoster } from '../bench/make-roster.mjs';

const dir = mkdtempSync(join(tmpdir(), 'sk-many-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function finding(row: number, code = 'rank-grade-mismatch'): Finding {
  return { code, severity: 'warning', message: `rank 'Penata' is III/c but the grade says III/a`, row };
}

function roster(findings: Finding[]): Document {
  return {
    source: 'r.csv',
    kind: 'csv',
    status: 'verified',
    decree: null,
    claims: [],
    appointees: [],
    counts: { total: 0, byLevel: {} },
    findings,
  };
}

const report = (doc: Document): Report => ({
  schemaVersion: 2,
  documents: [doc],
  summary: summarize([doc]),
});

describe('a code on many rows in the text report', () => {
  const findings = [...Array.from({ length: 12 }, (_, i) => finding(i + 1)), finding(3, 'nip-invalid')].sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0),
  );

  it('is one line with its count and first rows; a code on few rows is listed row by row', () => {
    const text = formatText(report(roster(findings)), { color: false, quiet: true });
    expect(text.split('\n').filter((line) => line.startsWith('    '))).toEqual([
      '    warning rank-grade-mismatch on 12 rows: rows 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... (--all lists each)',
      `    warning row 3: rank 'Penata' is III/c but the grade says III/a (nip-invalid)`,
    ]);
  });

  it('--all lists each', () => {
    const text = formatText(report(roster(findings)), { color: false, quiet: true, all: true });
    expect(text.match(/\(rank-grade-mismatch\)/g)).toHaveLength(12);
  });

  it('ten rows are still listed one by one', () => {
    const ten = findings.filter((f) => f.code === 'rank-grade-mismatch').slice(0, 10);
    const text = formatText(report(roster(ten)), { color: false, quiet: true });
    expect(text.match(/\(rank-grade-mismatch\)/g)).toHaveLength(10);
  });
});

describe('300,000 findings in one document', () => {
  const many = Array.from({ length: 300_000 }, (_, i) => finding(i + 1));

  it('are gathered, sorted and written without overflowing the stack', () => {
    const doc: ExtractedDocument = {
      source: 'r.csv',
      kind: 'csv',
      decree: null,
      skNumber: null,
      claims: [],
      records: [],
      notes: [],
    };
    const all = runChecks(doc, undefined, many);
    expect(all).toHaveLength(300_000);
    const text = formatText(report(roster(all)), { color: false });
    expect(text).toMatch(/rank-grade-mismatch on 300,000 rows/);
    for (const format of ['json', 'ndjson', 'csv', 'text'] as Format[]) {
      const stream = reportStream(format, 'check', { color: false });
      let pieces = 0;
      for (const piece of stream.pieces(roster(all))) pieces += piece.length > 0 ? 1 : 0;
      expect(pieces).toBeGreaterThan(0);
    }
  });

  it('a spool keeps the first in memory and reads the rest back from its file, in order, twice', () => {
    const spool = new Spool<Finding>(1000);
    for (const f of many) spool.push(f);
    expect(spool.spilled).toBe(true);
    expect(spool.kept).toHaveLength(1000);
    for (let pass = 0; pass < 2; pass++) {
      let n = 0;
      let inOrder = true;
      for (const f of spool) inOrder &&= f.row === ++n;
      expect([n, inOrder]).toEqual([300_000, true]);
    }
    spool.dispose();
  });
});

describe('a streamed roster whose findings and appointees spill to a file', async () => {
  const path = join(dir, 'faulty.csv');
  await writeBigRoster(path, 3000, undefined, { rankGrade: 'Penata (III/a)' });
  const whole = await checkInput(path);
  const spilled = await checkInput(path, { spillAfter: 100 });

  it('stands for the same findings, appointees, counts and status as one held in memory', () => {
    expect(sizeOf(spilled.findings)).toBe(whole.findings.length);
    expect(spilled.findings.length).toBeLessThan(whole.findings.length);
    expect([...each(spilled.findings)]).toEqual(whole.findings);
    expect([...each(spilled.appointees)]).toEqual(whole.appointees);
    expect(spilled.status).toBe(whole.status);
    expect(summarize([spilled])).toEqual(summarize([whole]));
  });

  it('is written byte for byte as the one in memory, in every format', () => {
    for (const format of ['json', 'ndjson', 'csv', 'text'] as Format[]) {
      for (const mode of ['check', 'extract'] as const) {
        const a = reportStream(format, mode, { color: false, all: true });
        const b = reportStream(format, mode, { color: false, all: true });
        expect([...a.pieces(spilled)].join(''), `${format} ${mode}`).toBe(b.document(whole));
      }
    }
  });

  it('is said in Indonesian as the one in memory: text, and the machine formats given --lang', () => {
    const text = (doc: Document) =>
      [...reportStream('text', 'check', { color: false, all: true, lang: 'id' }).pieces(doc)].join('');
    expect(text(spilled)).toBe(text(whole));
    expect(text(spilled)).not.toMatch(/but the grade says/);
    const ndjson = (doc: Document, map?: typeof mapped) =>
      reportStream('ndjson', 'check', { color: false }).document(localizeDocument(doc, 'id', map));
    expect(ndjson(spilled, mapped)).toBe(ndjson(whole));
    release(spilled.findings, spilled.appointees);
  });
});
