import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import { ruleFor } from '../../src/checks/index.js';
import { claimLines } from '../../src/formatters/claim-lines.js';
import { escapeHtml, formatHtml, HTML_LABELS } from '../../src/formatters/html.js';
import { LANGS } from '../../src/formatters/html-labels.js';
import { reportStream } from '../../src/formatters/stream.js';
import { statusWord } from '../../src/i18n/outcome.js';
import { ruleText } from '../../src/i18n/rules.js';
import type { Appointee, Document, Finding, Report } from '../../src/model.js';
import { summarize } from '../../src/run.js';

const INPUTS = [
  'fixtures/decrees/decree-faults.pdf',
  'fixtures/rosters/roster-faults.csv',
  'fixtures/decrees/sample-decree.pdf',
  'fixtures/press/kalsel-292.txt',
  'fixtures/decrees/decree-truncated.pdf',
];

let report: Report;
beforeAll(async () => {
  report = await run(INPUTS);
}, 60_000);

const { findAll, findOne, getAttributeValue, textContent, hasAttrib } = DomUtils;

function parse(html: string) {
  return parseDocument(html);
}

function byClass(root: Parameters<typeof findAll>[1] | Element, tag: string, className: string): Element[] {
  const nodes = Array.isArray(root) ? root : [root];
  return findAll(
    (el) => el.name === tag && (getAttributeValue(el, 'class') ?? '').split(' ').includes(className),
    nodes,
  );
}

function sections(html: string): Element[] {
  return byClass(parse(html).children, 'section', 'document');
}

function text(el: Element): string {
  return textContent(el).replace(/\s+/g, ' ').trim();
}

/** The column of the appointee table a finding's field names, as a clerk reads the table. */
const FIELD_COLUMN: Record<string, string[]> = {
  nip: ['col-nip'],
  name: ['col-name'],
  grade: ['col-grade'],
  rank: ['col-rank'],
  echelon: ['col-echelon'],
  no: ['col-no'],
  rankGrade: ['col-rank', 'col-grade'],
  nameNip: ['col-name', 'col-nip'],
};

describe('--format html: structure', () => {
  it('one section per document, in input order, with its status in words', () => {
    const found = sections(formatHtml(report));
    expect(found).toHaveLength(report.documents.length);
    found.forEach((section, i) => {
      const doc = report.documents[i] as Document;
      expect(getAttributeValue(section, 'data-status')).toBe(doc.status);
      const heading = findOne((el) => el.name === 'h2', section.children) as Element;
      expect(text(heading)).toContain(doc.source);
      expect(text(heading)).toContain(statusWord(doc.status, 'en'));
    });
    expect(report.documents.map((d) => d.status)).toEqual([
      'invalid',
      'invalid',
      'verified',
      'unverified',
      'unreadable',
    ]);
  });

  it('a claim line per total and level, ✓ or ✗ as the lampiran agrees, ✗ exactly where count-mismatch is', () => {
    const found = sections(formatHtml(report));
    for (const [i, doc] of report.documents.entries()) {
      const rows = byClass(found[i] as Element, 'tr', 'claim-line');
      const lines = claimLines(doc);
      expect(rows).toHaveLength(lines.length);
      rows.forEach((row, j) => {
        const line = lines[j];
        const result = text(byClass(row, 'td', 'result')[0] as Element);
        if (line?.result === 'match') expect(result).toMatch(/^✓ matches/);
        else if (line?.result === 'differs') expect(result).toMatch(/^✗ differs/);
        else expect(result).toMatch(/^– not verified/);
      });
      if (doc.kind === 'pdf') {
        const crosses = rows.filter((row) => text(row).includes('✗')).length;
        expect(crosses).toBe(doc.findings.filter((f) => f.code === 'count-mismatch').length);
      }
    }
    // decree-faults: the dictum says 16, the lampiran lists 15; every level agrees.
    const faults = byClass(found[0] as Element, 'tr', 'claim-line').map((row) => [
      getAttributeValue(row, 'data-what'),
      getAttributeValue(row, 'data-result'),
    ]);
    expect(faults).toEqual([
      ['total', 'differs'],
      ['III', 'match'],
      ['IV', 'match'],
      ['fungsional', 'match'],
    ]);
    const sample = byClass(found[2] as Element, 'tr', 'claim-line');
    expect(sample.map((row) => getAttributeValue(row, 'data-result'))).toEqual([
      'match',
      'match',
      'match',
      'match',
    ]);
    // A press text has no lampiran: its claim is not verified, never ✓.
    const press = byClass(found[3] as Element, 'tr', 'claim-line');
    expect(press.length).toBeGreaterThan(0);
    for (const row of press) expect(text(row)).toContain('not verified');
  });

  it('findings grouped by code, each group holding exactly the findings of its code', () => {
    const found = sections(formatHtml(report));
    for (const [i, doc] of report.documents.entries()) {
      const groups = byClass(found[i] as Element, 'div', 'finding-group');
      const codes = groups.map((g) => getAttributeValue(g, 'data-code'));
      expect(new Set(codes).size).toBe(codes.length);
      expect([...codes].sort()).toEqual([...new Set(doc.findings.map((f) => f.code))].sort());
      for (const group of groups) {
        const code = getAttributeValue(group, 'data-code');
        const mine = doc.findings.filter((f) => f.code === code);
        const rows = findAll((el) => el.name === 'tr', group.children).slice(1);
        expect(rows.map(text)).toEqual(mine.map((f) => expect.stringContaining(f.message)));
        expect(getAttributeValue(group, 'data-severity')).toBe(mine[0]?.severity);
      }
    }
  });

  it("names the person of a row finding: roster-faults' row 4 is the impossible birth date", () => {
    const roster = sections(formatHtml(report))[1] as Element;
    const group = byClass(roster, 'div', 'finding-group').find(
      (g) => getAttributeValue(g, 'data-code') === 'nip-invalid',
    ) as Element;
    const doc = report.documents[1] as Document;
    const person = doc.appointees.find((a) => a.row === 4) as Appointee;
    const row = findAll((el) => el.name === 'tr', group.children).find((tr) => text(tr).includes('row 4'));
    expect(text(row as Element)).toContain(person.nameRaw ?? '');
  });

  it('marks exactly the cells of the appointees table that a finding names', () => {
    const found = sections(formatHtml(report));
    for (const [i, doc] of report.documents.entries()) {
      const section = found[i] as Element;
      const marked = new Set(
        byClass(section, 'td', 'faulty')
          .filter((td) => (getAttributeValue(td, 'class') ?? '').includes('col-'))
          .map((td) => {
            const row = (td.parent as Element).attribs['data-row'];
            const column = (getAttributeValue(td, 'class') ?? '')
              .split(' ')
              .find((c) => c.startsWith('col-'));
            return `${row}:${column}`;
          }),
      );
      const expected = new Set<string>();
      for (const f of doc.findings as Finding[]) {
        if (f.row === undefined || !doc.appointees.some((a) => a.row === f.row)) continue;
        for (const column of FIELD_COLUMN[f.field ?? 'no'] ?? ['col-no']) expected.add(`${f.row}:${column}`);
      }
      expect([...marked].sort()).toEqual([...expected].sort());
    }
    // Real faults, not an empty set twice: the roster's bad NIP cell and the decree's skipped NO.
    const roster = byClass(found[1] as Element, 'td', 'faulty').map((td) =>
      getAttributeValue(td, 'data-codes'),
    );
    expect(roster).toContain('nip-invalid');
    expect(roster).toContain('grade-below-echelon');
    const gap = byClass(found[0] as Element, 'td', 'faulty').find(
      (td) => getAttributeValue(td, 'data-codes') === 'row-sequence-gap',
    ) as Element;
    expect((gap.parent as Element).attribs['data-row']).toBe('8');
    expect(text(gap)).toContain('! row-sequence-gap');
    // A header finding marks its field: the lampiran's NOMOR differs from the decree's.
    const number = byClass(found[0] as Element, 'td', 'field-skNumber')[0] as Element;
    expect(getAttributeValue(number, 'data-codes')).toBe('attachment-number-mismatch');
  });

  it('the appointees table lists every appointee with NIPs whole', () => {
    const found = sections(formatHtml(report));
    for (const [i, doc] of report.documents.entries()) {
      const rows = findAll((el) => el.name === 'tr' && hasAttrib(el, 'data-row'), [found[i] as Element]);
      expect(rows).toHaveLength(doc.appointees.length);
      rows.forEach((row, j) => {
        const nip = doc.appointees[j]?.nip;
        if (nip) expect(text(byClass(row, 'td', 'col-nip')[0] as Element)).toContain(nip);
      });
    }
  });
});

describe('--format html: hostile text', () => {
  const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
  const doc: Document = {
    source: `evil ${hostile}.csv`,
    kind: 'csv',
    status: 'invalid',
    decree: null,
    claims: [],
    appointees: [
      {
        row: 1,
        name: hostile,
        nameRaw: hostile,
        titlesBefore: [],
        titlesAfter: [],
        nip: '197005121995031002',
        birthDate: '1970-05-12',
        sex: 'M',
        tmt: '1995-03',
        grade: `IV/a'"><b>`,
        rank: null,
        echelon: null,
        level: 'unknown',
        positionOld: null,
        positionNew: `\u0000\u001b[31m${hostile}`,
        unit: null,
      },
    ],
    counts: { total: 1, byLevel: { unknown: 1 } },
    findings: [
      {
        code: 'grade-unrecognised',
        severity: 'warning',
        message: `'${hostile}' is odd`,
        row: 1,
        field: 'grade',
      },
    ],
  };
  const html = formatHtml({ schemaVersion: 2, documents: [doc], summary: summarize([doc]) });

  it('is text, never markup: no script, image or bold element, and the words come back as written', () => {
    const dom = parse(html);
    expect(findAll((el) => ['script', 'img', 'b'].includes(el.name), dom.children)).toEqual([]);
    expect(html).not.toContain('<script');
    const name = byClass(dom.children, 'td', 'col-name')[0] as Element;
    expect(textContent(name)).toBe(hostile);
    const source = byClass(dom.children, 'span', 'source')[0] as Element;
    expect(textContent(source)).toBe(doc.source);
    // Control characters HTML forbids are replaced, the rest of the text kept.
    const position = byClass(dom.children, 'td', 'col-positionNew')[0] as Element;
    expect(textContent(position)).toBe(`\ufffd\ufffd[31m${hostile}`);
  });

  it('escapes attribute quotes too', () => {
    expect(escapeHtml(`a"b'c<d>&`)).toBe('a&quot;b&#39;c&lt;d&gt;&amp;');
  });
});

describe('--format html: self-contained, printable, deterministic', () => {
  it('loads nothing: no script, link, image, font or url()', () => {
    const html = formatHtml(report);
    for (const banned of ['<script', '<link', '<img', '<iframe', '@import', 'url(', 'http://', 'https://'])
      expect(html).not.toContain(banned);
  });

  it('forbids scripts and fetches by a Content-Security-Policy, and needs none', () => {
    const html = formatHtml(report);
    const meta = findOne(
      (el) => el.name === 'meta' && getAttributeValue(el, 'http-equiv') === 'Content-Security-Policy',
      parse(html).children,
    );
    expect(meta && getAttributeValue(meta, 'content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
  });

  it('prints on A4 by default and on F4 (folio) when asked, headers repeated, rows whole', () => {
    const a4 = formatHtml(report);
    const f4 = formatHtml(report, { paper: 'f4' });
    expect(a4).toMatch(/@page \{ size: 210mm 297mm;/);
    expect(f4).toMatch(/@page \{ size: 215mm 330mm;/);
    for (const css of [/thead \{ display: table-header-group; \}/, /tr, td, th \{ break-inside: avoid;/])
      expect(a4).toMatch(css);
  });

  it('the same report gives the same bytes, and streaming gives the whole-report bytes', () => {
    const stream = reportStream('html', 'check', { color: false });
    const streamed =
      stream.start() +
      report.documents.map((doc) => stream.document(doc)).join('') +
      stream.end(report.summary);
    expect(streamed).toBe(formatHtml(report));
    expect(formatHtml(report)).toBe(formatHtml(report));
  });
});

describe('--format html: claims that cannot be checked', () => {
  it('a lampiran read without confidence vouches for nothing: every line is not verified, never ✓', () => {
    const doc = report.documents[2] as Document;
    const uncertain: Document = {
      ...doc,
      findings: [
        { code: 'attachment-uncertain', severity: 'error', message: 'rows could not be told apart', page: 3 },
      ],
    };
    const lines = claimLines(uncertain);
    expect(lines.map((l) => l.result)).toEqual(['unverified', 'unverified', 'unverified', 'unverified']);
    const html = formatHtml({ schemaVersion: 2, documents: [uncertain], summary: summarize([uncertain]) });
    const rows = byClass(parse(html).children, 'tr', 'claim-line');
    for (const row of rows) {
      expect(text(row)).toContain('the lampiran could not be read with confidence');
      expect(text(row)).not.toMatch(/[✓✗]/);
    }
  });
});

describe('--format html: decrees of every file kind', () => {
  it('a Word or OpenDocument decree has its claims checked against its lampiran, as a PDF does', () => {
    const pdf = report.documents[2] as Document;
    for (const kind of ['docx', 'odt'] as const) {
      const draft: Document = { ...pdf, kind };
      expect(claimLines(draft).map((l) => l.result)).toEqual(claimLines(pdf).map((l) => l.result));
      const html = formatHtml({ schemaVersion: 2, documents: [draft], summary: summarize([draft]) });
      expect(html).toContain(kind === 'docx' ? 'Word decree' : 'OpenDocument decree');
      expect(html).toContain('SK number');
    }
  });
});

describe('--format html: languages', () => {
  it('every label has every language', () => {
    for (const [name, label] of Object.entries(HTML_LABELS))
      for (const lang of LANGS)
        expect((label as Record<string, string>)[lang], `${name}.${lang}`).toMatch(/\S/);
  });

  it('lang id speaks Indonesian: headings, results and statuses', () => {
    const html = formatHtml(report, { lang: 'id' });
    expect(html).toContain('<html lang="id">');
    for (const word of [
      'Temuan',
      'Daftar nominatif',
      'Nomor SK',
      '✓ sesuai',
      '✗ berbeda',
      'TIDAK SESUAI',
      'Jabatan baru',
    ])
      expect(html).toContain(word);
    for (const english of ['Findings', 'Appointees', '✓ matches', 'Old position'])
      expect(html).not.toContain(english);
    // Each group of findings says what its code means in the reader's language too.
    expect(html).not.toContain(ruleFor('count-mismatch')?.description);
    expect(html).toContain(
      escapeHtml(
        ruleText(ruleFor('count-mismatch') as NonNullable<ReturnType<typeof ruleFor>>, 'id').description,
      ),
    );
  });
});
