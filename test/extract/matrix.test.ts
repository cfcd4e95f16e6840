import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model.js';
import { checkInput } from '../../src/run.js';
import { claimShape, type TruthAppointee, viewAppointee } from './decree-truth.js';

/**
 * The layout matrix (fixtures/decrees/make-matrix.mjs): one seeded roster printed in many lampiran
 * layouts, each with the truth its generator wrote. Every variant must read exactly, with no
 * finding worse than info: the decrees are correct, so any warning or error is a false one.
 */
const DIR = 'fixtures/decrees/matrix';
const NAMES = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((file) => file.endsWith('.truth.json'))
      .map((file) => file.replace('.truth.json', ''))
      .sort()
  : [];

interface Layout {
  producer: string;
  header: string;
  rows: string;
  nip: string;
  rules: string;
  orientation: string;
  rotate: number | null;
  extras: string[];
  spelling: { grade: string; echelon: string; note: string; jabatan: string };
  numbering: string | null;
  no: string;
  levelFrom: string;
  nipWrap: number;
  regency: boolean;
}

interface Truth {
  number: string;
  date: string;
  claims: Array<{ total: number; parts: Array<{ level: string; count: number }> }>;
  attachment: { number: string; date: string; pages: number[]; cutRows: number[] };
  appointees: TruthAppointee[];
  layout: Layout;
}

const truthOf = (name: string): Truth => JSON.parse(readFileSync(join(DIR, `${name}.truth.json`), 'utf8'));
const cache = new Map<string, Promise<Document>>();
const read = (name: string) => {
  if (!cache.has(name)) cache.set(name, checkInput(join(DIR, `${name}.pdf`)));
  return cache.get(name) as Promise<Document>;
};

describe.each(NAMES)('matrix variant %s', (name) => {
  const truth = truthOf(name);

  it('reads the decree number and date', async () => {
    const { decree } = await read(name);
    expect(decree).toMatchObject({ number: truth.number, date: truth.date });
  });

  it('reads the claims in the dicta', async () => {
    const { claims } = await read(name);
    expect(claims.map(claimShape)).toEqual(truth.claims.map(claimShape));
  });

  it('lists every appointee exactly, across pages', async () => {
    const { appointees } = await read(name);
    expect(appointees.map(viewAppointee)).toEqual(truth.appointees.map(viewAppointee));
  });

  it('counts exactly what the truth holds, per level', async () => {
    const { counts } = await read(name);
    const byLevel: Record<string, number> = {};
    for (const a of truth.appointees) byLevel[a.level] = (byLevel[a.level] ?? 0) + 1;
    expect(counts).toEqual({ total: truth.appointees.length, byLevel });
  });

  it.runIf(['section', 'label', 'band'].includes(truth.layout.levelFrom))(
    'takes every level from the section, label or band row over it, none guessed from a title',
    async () => {
      const { appointees } = await read(name);
      const sources = appointees.map((a) => (a.levelInferred ? 'title' : (a.levelFrom ?? 'cell')));
      expect(sources).toEqual(appointees.map(() => 'section'));
    },
  );

  it('raises no warning or error, and is verified', async () => {
    const { findings, status } = await read(name);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(status).toBe('verified');
  });
});

describe('the layout matrix covers the axes', () => {
  const layouts = NAMES.map((name) => ({ name, ...truthOf(name) }));
  const values = (pick: (l: Layout) => unknown) => new Set(layouts.map((t) => pick(t.layout)));

  it('has at least 48 variants', () => {
    expect(layouts.length).toBeGreaterThanOrEqual(48);
  });

  it.each([
    ['producer', (l: Layout) => l.producer, ['writer', 'calc', 'chromium', 'writer-gs']],
    ['header', (l: Layout) => l.header, ['repeated', 'first']],
    ['rows', (l: Layout) => l.rows, ['free', 'kept']],
    ['nip', (l: Layout) => l.nip, ['stacked', 'split', 'row']],
    ['rules', (l: Layout) => l.rules, ['stroked', 'filled', 'none']],
    ['orientation', (l: Layout) => l.orientation, ['portrait', 'landscape', 'rotated']],
    ['rotate', (l: Layout) => l.rotate, [90, 270]],
    ['numbering', (l: Layout) => l.numbering, [null, 'plain', 'paren']],
    ['no', (l: Layout) => l.no, ['running', 'restart', 'none']],
    ['levelFrom', (l: Layout) => l.levelFrom, ['column', 'section', 'label', 'suffix', 'band']],
    ['nipWrap', (l: Layout) => l.nipWrap, [1, 2, 3]],
    ['regency', (l: Layout) => l.regency, [true, false]],
    ['spelling.grade', (l: Layout) => l.spelling.grade, ['PANGKAT / GOL. RUANG', 'PKT/GOL', 'GOL.RUANG']],
    ['spelling.echelon', (l: Layout) => l.spelling.echelon, ['ESELON', 'ESE', 'ESL']],
    ['spelling.jabatan', (l: Layout) => l.spelling.jabatan, ['flat', 'spanned', 'spanned-eselon']],
  ] as const)('axis %s takes every value', (_axis, pick, expected) => {
    const seen = values(pick);
    for (const value of expected) expect(seen, String(value)).toContain(value);
  });

  it('has every extra column or line', () => {
    const seen = new Set(layouts.flatMap((t) => t.layout.extras));
    for (const extra of ['birth', 'birth-stacked', 'tmt', 'tmt-stacked', 'education', 'note'])
      expect(seen, extra).toContain(extra);
  });

  it('has rows really cut by a page break in at least 12 variants, in every producer that can cut', () => {
    const cut = layouts.filter((t) => t.attachment.cutRows.length > 0);
    expect(cut.length).toBeGreaterThanOrEqual(12);
    const producers = new Set(cut.filter((t) => t.layout.rows === 'free').map((t) => t.layout.producer));
    for (const producer of ['writer', 'chromium', 'writer-gs'])
      expect(producers, producer).toContain(producer);
  });

  it('has every hard case at least twice, in two producers', () => {
    const cases: Record<string, (l: Layout, t: Truth) => boolean> = {
      'row cut by a page break': (_l, t) => t.attachment.cutRows.length > 0,
      'header on the first page only': (l, t) => l.header === 'first' && t.attachment.pages.length > 1,
      'NIP on its own row': (l) => l.nip === 'row',
      'no rules': (l) => l.rules === 'none',
      'stored rotated': (l) => l.orientation === 'rotated',
      'NIP over three lines': (l) => l.nipWrap === 3,
      'level in a label row': (l) => l.levelFrom === 'label',
      'level at the end of the post': (l) => l.levelFrom === 'suffix',
      'sections restarting NO': (l) => l.no === 'restart',
      'regency four columns': (l) => l.regency,
      'a header of two rows over sub-columns': (l) =>
        l.spelling.jabatan === 'spanned-eselon' && l.extras.includes('baperjakat'),
      'the level in a band over the header': (l) => l.levelFrom === 'band',
      'no NO column and no rules': (l) => l.no === 'none' && l.rules === 'none',
      'words added to header cells': (l) =>
        l.extras.includes('birth-stacked') || l.extras.includes('tmt-stacked'),
    };
    for (const [label, test] of Object.entries(cases)) {
      const hits = layouts.filter((t) => test(t.layout, t));
      expect(hits.length, label).toBeGreaterThanOrEqual(2);
      expect(new Set(hits.map((t) => t.layout.producer)).size, label).toBeGreaterThanOrEqual(2);
    }
  });
});
