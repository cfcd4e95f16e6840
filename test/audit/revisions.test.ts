import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocuments } from '../../src/audit/index.js';
import { run } from '../../src/batch/batch.js';
import { verdictOf } from '../../src/formatters/audit-lines.js';
import { formatAuditText } from '../../src/formatters/audit-text.js';
import type { AuditChanges, AuditGroup, Report } from '../../src/model.js';
import { runCli } from '../cli/run-cli.js';

interface TruthChange {
  change: string;
  nip: string;
  name: string;
  fromRow: number | null;
  toRow: number | null;
  fields: Array<{ field: string; from: string; to: string }>;
  /** Where the rank went with the grade: one change, said as the grade. */
  rank?: { from: string; to: string };
}
const truth: {
  number: string;
  date: string;
  draft: { file: string };
  signed: { file: string };
  copy: { file: string };
  draftPlanted: Array<{ code: string }>;
  changes: TruthChange[];
  layoutOnly: { from: string; to: string; changes: TruthChange[] };
} = JSON.parse(readFileSync('fixtures/audit/revisions.truth.json', 'utf8'));
const expected = truth.changes.map(({ rank: _, ...change }) => change);

/** A pair's changes as the truth writes them. */
const asTruth = (changes: AuditChanges | undefined) =>
  changes?.people.map((p) => ({
    change: p.change,
    nip: p.nip,
    name: p.name,
    fromRow: p.fromAt?.row ?? null,
    toRow: p.toAt?.row ?? null,
    fields: p.fields,
  }));

describe('audit of a draft and its signed copy, which differ in one post, one grade and one person', async () => {
  const report = await run([truth.draft.file, truth.signed.file]);
  const audit = auditDocuments(report.documents);
  const [group] = audit;

  it('is one decree: the draft`s blank number is the signed number once filled in', () => {
    expect(audit).toHaveLength(1);
    expect([group?.number, group?.date]).toEqual([truth.number, truth.date]);
    expect(group?.sources.map((s) => s.source)).toEqual([truth.draft.file, truth.signed.file]);
  });

  it('reports exactly the changes the generator made, field by field, with both values', () => {
    expect(group?.changes).toHaveLength(1);
    expect(group?.changes?.[0]?.from).toBe(truth.draft.file);
    expect(group?.changes?.[0]?.to).toBe(truth.signed.file);
    expect(asTruth(group?.changes?.[0])).toEqual(expected);
  });

  it('each change is a cross-changed error; the dictum`s totals differ as claim-conflict; nothing else', () => {
    const changed = truth.changes.flatMap((c) =>
      c.fields.length ? c.fields.map((f) => f.field) : [undefined],
    );
    expect(group?.findings.map((f) => [f.code, f.field, f.severity])).toEqual([
      ...changed.map((field) => ['cross-changed', field, 'error']),
      ['claim-conflict', 'total', 'error'],
      ['claim-conflict', 'IV', 'error'],
    ]);
  });

  it('the people of the draft are not appointed twice by the signed copy: no nip-duplicate-across', () => {
    const codes = report.documents.map((doc) => doc.findings.map((f) => f.code).sort());
    expect(codes).toEqual([truth.draftPlanted.map((p) => p.code).sort(), []]);
  });

  it('the text names the decree once and prints the table of what changed', () => {
    const text = formatAuditText({ ...report, audit } as Report, { color: false });
    expect(text).not.toMatch(/the sources agree/);
    expect(text).toContain(
      `What changed, ${truth.draft.file} → ${truth.signed.file}: 12 in both, 2 changed, 1 added, 0 removed`,
    );
    for (const change of truth.changes)
      expect(text).toMatch(new RegExp(`^    ${change.nip}  ${change.name} `, 'm'));
    expect(text).toMatch(/^1 decree audited from 2 inputs/m);
  });
});

describe('the same decree printed by LibreOffice and by Chromium', async () => {
  const report = await run([truth.layoutOnly.from, truth.layoutOnly.to]);
  const [group] = auditDocuments(report.documents);

  it('differs in layout only: every person in both, no field changed, no finding', () => {
    expect(group?.changes?.map((c) => [c.from, c.to, c.matched, asTruth(c)])).toEqual([
      [truth.layoutOnly.from, truth.layoutOnly.to, 13, truth.layoutOnly.changes],
    ]);
    expect(group?.findings).toEqual([]);
    expect(formatAuditText({ ...report, audit: [group] } as Report, { color: false })).toMatch(
      /nothing \(13 in both, every field the same\)\n {2}the sources agree/,
    );
  });

  it.each([
    [
      'the sample decree as Writer saved it and as it printed it',
      'fixtures/decrees/sample-decree.docx',
      'fixtures/decrees/sample-decree.pdf',
    ],
    [
      'a 300-row decree in Word and in PDF',
      'fixtures/decrees/decree-large.docx',
      'fixtures/decrees/decree-large.pdf',
    ],
  ])('%s: no change', async (_, a, b) => {
    const docs = (await run([a, b])).documents;
    const [one] = auditDocuments(docs);
    expect(one?.changes?.map((c) => c.people)).toEqual([[]]);
    expect(one?.findings).toEqual([]);
  });
});

describe('sk-check audit draft.docx signed.pdf, as a script and a person read it', () => {
  it('json: the table of changes in the group, exit 1', async () => {
    const { code, stdout } = await runCli(['audit', '--format', 'json', truth.draft.file, truth.signed.file]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(asTruth(report.audit?.[0]?.changes?.[0])).toEqual(expected);
  });

  it('html: the table of changes, one row per field or person, in the reader`s language', async () => {
    const args = ['audit', '--format', 'html', '--lang', 'id', truth.draft.file, truth.signed.file];
    const { code, stdout } = await runCli(args);
    expect(code).toBe(1);
    expect(stdout.startsWith('<!DOCTYPE html>\n<html lang="id">')).toBe(true);
    expect(stdout).toContain(`Yang berubah, ${truth.draft.file} → ${truth.signed.file}`);
    const rows = [...stdout.matchAll(/<tr class="change-(\w+)" data-change="\w+" data-field="(\w+)">/g)].map(
      (m) => [m[1], m[2]],
    );
    expect(rows).toEqual(
      truth.changes.flatMap((c) =>
        c.fields.length ? c.fields.map((f) => [c.change, f.field]) : [[c.change, c.change]],
      ),
    );
    expect((await runCli(args)).stdout).toBe(stdout);
  });
});

describe('the verdict of a group', () => {
  it('is never that the sources agree under a table of people who changed (their finding turned off)', () => {
    const totals = [
      { source: 'a.docx', statement: 'claim' as const, total: 1, byLevel: {} },
      { source: 'b.pdf', statement: 'claim' as const, total: 1, byLevel: {} },
    ];
    const group: AuditGroup = {
      number: '800/1/BKD/2026',
      date: null,
      sources: [
        { source: 'a.docx', role: 'decree', number: '800/1/BKD/2026', date: null },
        { source: 'b.pdf', role: 'decree', number: '800/1/BKD/2026', date: null },
      ],
      totals,
      changes: [{ from: 'a.docx', to: 'b.pdf', matched: 1, people: [] }],
      findings: [],
    };
    expect(verdictOf(group)).toBe('agree');
    const grade = { field: 'grade' as const, from: 'III/b', to: 'III/c' };
    const person = {
      change: 'changed' as const,
      nip: null,
      name: 'A',
      fromAt: null,
      toAt: null,
      fields: [grade],
    };
    const changed = { ...group, changes: [{ from: 'a.docx', to: 'b.pdf', matched: 1, people: [person] }] };
    expect(verdictOf(changed)).toBe('differences');
  });
});

describe('docs/audit.md', () => {
  it('shows what sk-check prints for the draft and its signed copy', async () => {
    const doc = readFileSync('docs/audit.md', 'utf8');
    const command = `$ sk-check audit ${truth.draft.file} ${truth.signed.file}\n`;
    const shown = doc.slice(doc.indexOf(command) + command.length, doc.indexOf('```', doc.indexOf(command)));
    const { stdout } = await runCli(['audit', truth.draft.file, truth.signed.file]);
    expect(shown).toBe(stdout);
  });
});
