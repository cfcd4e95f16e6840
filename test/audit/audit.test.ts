import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocuments, sameDecree } from '../../src/audit/index.js';
import { agrees } from '../../src/audit/totals.js';
import { run } from '../../src/batch/batch.js';
import { formatAuditText } from '../../src/formatters/audit-text.js';
import type { Appointee, AuditGroup, Claim, Document } from '../../src/model.js';
import { summarize } from '../../src/run.js';

interface Planted {
  code: string;
  field?: string;
  nip?: string;
}
const truth: { inputs: string[]; number: string; date: string; planted: Planted[] } = JSON.parse(
  readFileSync('fixtures/audit/audit.truth.json', 'utf8'),
);

describe('sk-check audit of the sample decree, its roster and a press text', async () => {
  const report = await run(truth.inputs);
  const audit = auditDocuments(report.documents);
  const group = audit[0] as AuditGroup;

  it('puts the three in one group: the roster has no number, the press text cites the decree', () => {
    expect(audit).toHaveLength(1);
    expect(group.number).toBe(truth.number);
    expect(group.sources.map((s) => [s.source, s.role])).toEqual([
      [truth.inputs[0], 'decree'],
      [truth.inputs[1], 'roster'],
      [truth.inputs[2], 'press'],
    ]);
  });

  it('finds every planted difference, and nothing else', () => {
    const found = group.findings.map((f) => ({
      code: f.code,
      field: f.field,
      nip: /NIP (\d{18})/.exec(f.message)?.[1],
    }));
    for (const planted of truth.planted) {
      const match = found.some(
        (f) =>
          f.code === planted.code &&
          (planted.field === undefined || f.field === planted.field) &&
          (planted.nip === undefined || f.nip === planted.nip),
      );
      expect(match, `${JSON.stringify(planted)} in ${JSON.stringify(found)}`).toBe(true);
    }
    expect(group.findings).toHaveLength(truth.planted.length);
  });

  it('each finding names the two sources it compares', () => {
    for (const finding of group.findings) {
      expect(finding.sources).toHaveLength(2);
      expect(finding.sources?.[0]).toBe(truth.inputs[0]);
    }
  });

  it('the inputs themselves are clean: the differences are only between them', () => {
    expect(report.documents.flatMap((doc) => doc.findings)).toEqual([]);
  });

  it('matches the reviewed JSON', () => {
    const file = join('test/golden/audit', 'sample-decree.json');
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync('test/golden/audit', { recursive: true });
      writeFileSync(file, `${JSON.stringify(audit, null, 2)}\n`);
    }
    expect(audit).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

function person(nip: string, extra: Partial<Appointee> = {}): Appointee {
  return {
    row: 1,
    name: 'SITI AMINAH',
    nameRaw: 'SITI AMINAH',
    titlesBefore: [],
    titlesAfter: [],
    nip,
    birthDate: null,
    sex: null,
    tmt: null,
    grade: 'III/c',
    rank: null,
    echelon: 'IV.a',
    level: 'IV',
    positionOld: null,
    positionNew: 'Kepala Seksi Mutasi pada BKD',
    unit: null,
    ...extra,
  };
}

function doc(
  source: string,
  kind: Document['kind'],
  extra: Partial<Document> = {},
  number?: string,
  date?: string,
): Document {
  return {
    source,
    kind,
    status: 'verified',
    decree: number
      ? {
          number,
          numberRaw: number,
          date: date ?? null,
          place: null,
          issuer: null,
          subject: null,
          signatory: null,
        }
      : null,
    claims: [],
    appointees: [],
    counts: { total: 0, byLevel: {} },
    findings: [],
    ...extra,
  };
}

const claim = (total: number, qualifier?: Claim['qualifier']): Claim => ({
  total,
  parts: [],
  text: '',
  ...(qualifier ? { qualifier } : {}),
});

describe('grouping', () => {
  const A = '800.1.3.3/03-02/BKD/2026';
  const B = '821.2/Kep.97-BKD/XII/2025';

  it('an input without a number joins the decree before it on the command line', () => {
    const groups = auditDocuments([
      doc('a.pdf', 'pdf', {}, A),
      doc('a.csv', 'csv'),
      doc('b.pdf', 'pdf', {}, B),
      doc('b.csv', 'csv'),
      doc('b.txt', 'text', {}, B.toLowerCase()),
    ]);
    expect(groups.map((g) => [g.number, g.sources.map((s) => s.source)])).toEqual([
      [A, ['a.pdf', 'a.csv']],
      [B, ['b.pdf', 'b.csv', 'b.txt']],
    ]);
  });

  it('a number one segment off joins the decree, as cross-number-mismatch; another number is its own group', () => {
    const groups = auditDocuments([
      doc('a.pdf', 'pdf', {}, A, '2026-02-06'),
      doc('wrong-year.txt', 'text', {}, '800.1.3.3/03-02/BKD/2025'),
      doc('other.txt', 'text', {}, '800.1.3.3/Kep.411/BKPSDM/10/2025'),
    ]);
    expect(groups.map((g) => g.sources.map((s) => s.source))).toEqual([
      ['a.pdf', 'wrong-year.txt'],
      ['other.txt'],
    ]);
    expect(groups[0]?.findings.map((f) => [f.code, f.field, f.sources])).toEqual([
      ['cross-number-mismatch', 'number', ['a.pdf', 'wrong-year.txt']],
    ]);
    expect(groups[1]?.findings).toEqual([]);
  });

  it.each([
    ['800.1.3.3/03-02/BKD/2026', '800.1.3.3/03-02/BKD/2025', true],
    ['800.1.3.3/03-02/BKD/2026', '800.1.3.3/03-12/BKD/2026', true],
    ['800.1.3.3/03-02/BKD/2026', '800.1.3.3/Kep.411/BKD/2026', false],
    ['800.1.3.3/03-02/BKD/2026', '821/03-02/BKD/2026', false],
    ['800.1.3.3/03-02/BKD/2026', '800.1.3.3/03-02/2026', false],
  ])('sameDecree(%s, %s) is %s', (a, b, same) => {
    expect(sameDecree(a, b)).toBe(same);
  });
});

describe('a draft and its signed decree are one decree', () => {
  const SIGNED = '800.1.3.3/0417/BKD/2026';
  const NIP = '197912112006072030';
  const OTHER = '198001012005011002';
  const people = (...nips: string[]) => nips.map((nip, i) => person(nip, { row: i + 1 }));
  const sources = (groups: AuditGroup[]) => groups.map((g) => [g.number, g.sources.map((s) => s.source)]);

  it('a number left blank for the registry joins the decree that fills it in, before or after it', () => {
    for (const order of [0, 1]) {
      const docs = [
        doc('draft.docx', 'docx', { appointees: people(NIP) }, '800.1.3.3/  /BKD/2026'),
        doc('signed.pdf', 'pdf', { appointees: people(NIP) }, SIGNED, '2026-03-12'),
      ];
      if (order) docs.reverse();
      const [group, ...rest] = auditDocuments(docs);
      expect(rest).toEqual([]);
      // The signed number names the group; the blank is the draft's own sk-number-blank, no cross finding.
      expect([group?.number, group?.date, group?.findings]).toEqual([SIGNED, '2026-03-12', []]);
      expect(group?.changes?.map((c) => [c.from, c.to, c.matched])).toEqual([
        order ? ['signed.pdf', 'draft.docx', 1] : ['draft.docx', 'signed.pdf', 1],
      ]);
    }
  });

  it('a draft without a number joins the decree it shares most people with, if half of them', () => {
    const groups = auditDocuments([
      doc('a.pdf', 'pdf', { appointees: people(NIP) }, SIGNED),
      doc('b.pdf', 'pdf', { appointees: people(OTHER, '198502022010012003') }, '800.1.3.3/0418/BKD/2026'),
      doc('draft.docx', 'docx', { appointees: people(OTHER, '199001012015032001') }),
    ]);
    expect(sources(groups)).toEqual([
      [SIGNED, ['a.pdf']],
      ['800.1.3.3/0418/BKD/2026', ['b.pdf', 'draft.docx']],
    ]);
    const stranger = auditDocuments([
      doc('a.pdf', 'pdf', { appointees: people(NIP) }, SIGNED),
      doc('draft.docx', 'docx', { appointees: people(OTHER, '199001012015032001') }),
    ]);
    expect(sources(stranger)).toEqual([
      [SIGNED, ['a.pdf']],
      [null, ['draft.docx']],
    ]);
  });

  it('a blank number two decrees fill in goes with the one sharing its people; another office`s number never', () => {
    const groups = auditDocuments([
      doc('a.pdf', 'pdf', { appointees: people(NIP) }, SIGNED),
      doc('b.pdf', 'pdf', { appointees: people(OTHER) }, '800.1.3.3/0418/BKD/2026'),
      doc('draft.docx', 'docx', { appointees: people(OTHER) }, '800.1.3.3/.../BKD/2026'),
      doc('other.docx', 'docx', { appointees: people(OTHER) }, '821.2/  /BKPSDM/2026'),
    ]);
    expect(sources(groups)).toEqual([
      [SIGNED, ['a.pdf']],
      ['800.1.3.3/0418/BKD/2026', ['b.pdf', 'draft.docx']],
      ['821.2/  /BKPSDM/2026', ['other.docx']],
    ]);
  });
});

describe('every pair of sources that list people', () => {
  const NIP = '197912112006072030';
  it('two copies of one decree differ as cross-changed; a roster is held to the decree as before', () => {
    const groups = auditDocuments([
      doc('roster.csv', 'csv', { appointees: [person(NIP, { grade: 'III/d' })] }),
      doc('draft.docx', 'docx', { appointees: [person(NIP)] }, '800/1/BKD/2026'),
      doc('signed.pdf', 'pdf', { appointees: [person(NIP, { grade: 'III/d' })] }, '800/1/BKD/2026'),
    ]);
    expect(groups[0]?.changes?.map((c) => [c.from, c.to, c.people.length])).toEqual([
      ['draft.docx', 'signed.pdf', 1],
      ['draft.docx', 'roster.csv', 1],
      ['signed.pdf', 'roster.csv', 0],
    ]);
    expect(groups[0]?.findings.map((f) => [f.code, f.field, f.sources])).toEqual([
      ['cross-changed', 'grade', ['draft.docx', 'signed.pdf']],
      ['cross-mismatch', 'grade', ['draft.docx', 'roster.csv']],
    ]);
    expect(groups[0]?.findings[0]?.message).toBe(
      `NIP ${NIP} (SITI AMINAH): grade changed from III/c in draft.docx (row 1) to III/d in signed.pdf (row 1)`,
    );
  });

  it('added and removed between copies are cross-changed too, each naming where the person is', () => {
    const OTHER = '198001012005011002';
    const groups = auditDocuments([
      doc('a.pdf', 'pdf', { appointees: [person(NIP)] }, '800/1/BKD/2026'),
      doc('b.pdf', 'pdf', { appointees: [person(OTHER, { name: 'BUDI', page: 3 })] }, '800/1/BKD/2026'),
    ]);
    expect(groups[0]?.findings.map((f) => [f.code, f.field ?? null, f.message])).toEqual([
      ['cross-changed', null, `NIP ${NIP} (SITI AMINAH) is in a.pdf (row 1) but removed from b.pdf`],
      ['cross-changed', null, `NIP ${OTHER} (BUDI) is added in b.pdf (page 3, row 1): not in a.pdf`],
    ]);
  });
});

describe('people by NIP', () => {
  const NIP = '197912112006072030';
  const compare = (a: Partial<Appointee>, b: Partial<Appointee>) =>
    auditDocuments([
      doc('d.pdf', 'pdf', { appointees: [person(NIP, a)] }, '800/1/BKD/2026'),
      doc('r.csv', 'csv', { appointees: [person(NIP, b)] }),
    ])[0]?.findings.map((f) => f.field);

  it.each([
    ['titles and case', { name: 'SITI AMINAH' }, { name: 'Siti Aminah' }, []],
    ['a bare echelon level', { echelon: 'IV.a' }, { echelon: 'IV' }, []],
    [
      'the unit in its own column',
      { positionNew: 'Kepala Seksi Mutasi pada BKD' },
      { positionNew: 'Kepala Seksi Mutasi', unit: 'BKD' },
      [],
    ],
    [
      'punctuation and case in the post',
      { positionNew: 'Kepala Seksi Mutasi pada BKD' },
      { positionNew: 'KEPALA SEKSI MUTASI, PADA BKD.' },
      [],
    ],
    ['a missing cell is not a difference', { grade: 'III/c' }, { grade: null }, []],
    ['another echelon', { echelon: 'IV.a' }, { echelon: 'IV.b' }, ['echelon']],
    ['another grade', { grade: 'III/c' }, { grade: 'III/d' }, ['grade']],
    ['another name', { name: 'SITI AMINAH' }, { name: 'Siti Aminah Rahman' }, ['name']],
  ])('%s', (_, a, b, fields) => {
    expect(compare(a, b)).toEqual(fields);
  });

  it('rows without a NIP are not compared', () => {
    const groups = auditDocuments([
      doc('d.pdf', 'pdf', { appointees: [person(NIP), { ...person(NIP), nip: null }] }, '800/1/BKD/2026'),
      doc('r.csv', 'csv', { appointees: [person(NIP), { ...person(NIP), nip: null, name: 'X' }] }),
    ]);
    expect(groups[0]?.findings).toEqual([]);
  });
});

describe('totals', () => {
  it.each([
    [292, undefined, 292, true],
    [282, undefined, 292, false],
    [280, 'approximately', 292, true],
    [250, 'approximately', 292, false],
    [282, 'at-least', 292, true],
    [300, 'at-least', 292, false],
    [292, 'more-than', 292, false],
    [300, 'at-most', 292, true],
  ] as const)('%s (%s) against %s agrees: %s', (value, qualifier, actual, ok) => {
    expect(agrees(value, qualifier, actual)).toBe(ok);
  });

  it('one outlet says 282 where the decree says 292; another says at least 282 and is right', () => {
    const decree = doc(
      'd.pdf',
      'pdf',
      { claims: [claim(292)], counts: { total: 292, byLevel: { III: 200, IV: 85, fungsional: 7 } } },
      '800/1/BKD/2026',
    );
    const groups = auditDocuments([
      decree,
      doc('a.txt', 'text', { claims: [claim(282)] }, '800/1/BKD/2026'),
      doc('b.txt', 'text', { claims: [claim(282, 'at-least')] }, '800/1/BKD/2026'),
    ]);
    expect(groups[0]?.findings.map((f) => [f.code, f.message])).toEqual([
      ['claim-conflict', 'a.txt (claim) says 282 appointees, d.pdf (dictum) says 292'],
    ]);
  });

  it('without a dictum, a claim per level is held against the lampiran rows', () => {
    const decree = doc(
      'd.pdf',
      'pdf',
      { counts: { total: 12, byLevel: { III: 5, IV: 7 } } },
      '800/1/BKD/2026',
    );
    const press: Claim = {
      total: 12,
      parts: [
        { label: 'administrator', level: 'III', count: 5 },
        { label: 'fungsional', level: 'fungsional', count: 7 },
      ],
      text: '',
    };
    const groups = auditDocuments([decree, doc('p.txt', 'text', { claims: [press] }, '800/1/BKD/2026')]);
    expect(groups[0]?.findings.map((f) => f.message)).toEqual([
      'p.txt (claim) says 7 at fungsional, d.pdf (lampiran) says 0',
    ]);
  });
});

describe('people by name when a NIP cell is damaged or empty', () => {
  const NIP = '197010122005011003';
  const decree = (people: Appointee[]) => doc('d.pdf', 'pdf', { appointees: people }, '800/1/BKD/2026');
  const roster = (people: Appointee[]) => doc('r.csv', 'csv', { appointees: people });
  const audit = (a: Appointee[], b: Appointee[]) =>
    auditDocuments([decree(a), roster(b)])[0]?.findings.map((f) => [f.code, f.field ?? null, f.message]) ??
    [];

  it('a NIP turned to 1,97010E+17 by a spreadsheet is the same person, its NIP a cross-mismatch naming both cells', () => {
    const damaged = { ...person(NIP, { row: 4, name: 'Siti Aminah' }), nip: null, nipRaw: '1,97010E+17' };
    expect(audit([person(NIP, { row: 3, page: 2 })], [damaged])).toEqual([
      [
        'cross-mismatch',
        'nip',
        `NIP ${NIP} (SITI AMINAH): NIP ${NIP} in d.pdf (page 2, row 3), 1,97010E+17 in r.csv (row 4)`,
      ],
    ]);
  });

  it('an empty NIP cell, and a NIP off by a slip, pair by name and grade or new post', () => {
    const empty = { ...person(NIP, { positionNew: 'KEPALA SEKSI MUTASI PADA BKD', grade: null }), nip: null };
    expect(audit([person(NIP)], [empty])).toEqual([
      [
        'cross-mismatch',
        'nip',
        `NIP ${NIP} (SITI AMINAH): NIP ${NIP} in d.pdf (row 1), empty in r.csv (row 1)`,
      ],
    ]);
    const slip = '197010122005011008';
    expect(audit([person(NIP)], [person(slip)]).map((f) => f?.slice(0, 2))).toEqual([
      ['cross-mismatch', 'nip'],
    ]);
  });

  it('the other fields of a pair are compared as by NIP', () => {
    const damaged = { ...person(NIP, { echelon: 'IV.b' }), nip: null, nipRaw: '1.97010E+17' };
    expect(audit([person(NIP)], [damaged]).map((f) => f?.[1])).toEqual(['nip', 'echelon']);
  });

  it('two candidates of one name, or a name whose grade and post both differ, are not paired', () => {
    const twins = [
      { ...person(NIP, { row: 1 }), nip: null },
      { ...person(NIP, { row: 2 }), nip: null },
    ];
    expect(audit([person(NIP)], twins).map((f) => f?.[0])).toEqual(['cross-missing']);
    const other = { ...person(NIP, { grade: 'II/a', positionNew: 'Staf' }), nip: null };
    expect(audit([person(NIP)], [other]).map((f) => f?.[0])).toEqual(['cross-missing']);
  });

  it('a common name is told apart by grade: each pairs with its own row', () => {
    const second = '198001012005011002';
    const people = [
      person(NIP, { row: 1 }),
      person(second, { row: 2, grade: 'IV/a', positionNew: 'Sekretaris' }),
    ];
    const rows = people.map((p) => ({ ...p, nip: null, nipRaw: '1,97E+17' }));
    expect(audit(people, rows).map((f) => [f?.[0], f?.[1]])).toEqual([
      ['cross-mismatch', 'nip'],
      ['cross-mismatch', 'nip'],
    ]);
  });
});

describe('the audit as text', () => {
  const report = (documents: Document[]) => ({
    schemaVersion: 2 as const,
    documents,
    summary: summarize(documents),
    audit: auditDocuments(documents),
  });

  it('never says the sources agree under totals that differ', () => {
    const agreeing = doc(
      'd.pdf',
      'pdf',
      { claims: [claim(12)], counts: { total: 12, byLevel: {} } },
      '800/1/BKD/2026',
    );
    expect(formatAuditText(report([agreeing]), { color: false })).toMatch(/the sources agree/);
    // The dictum says 12, the lampiran lists 11: no person or claim of another input differs.
    const short = { ...agreeing, counts: { total: 11, byLevel: {} } };
    const text = formatAuditText(report([short]), { color: false });
    expect(text).not.toMatch(/the sources agree/);
    expect(text).toMatch(/the totals above differ/);
  });

  it('holds each lampiran a dictum names to its own rows: a person in the wrong lampiran is no agreement', async () => {
    const decree = (dir: string) =>
      ['keputusan.docx', 'lampiran-I.docx', 'lampiran-II.odt', 'lampiran-III.docx']
        .concat(['lampiran-IV.odt', 'lampiran-V.docx', 'lampiran-VI.odt'])
        .map((file) => join('fixtures/decrees', dir, file));
    const audited = async (dir: string) => {
      const documents = (await run(decree(dir))).documents;
      return { documents, audit: auditDocuments(documents) };
    };
    const clean = await audited('split/six');
    const shares = (clean.audit[0]?.totals ?? []).filter((total) => total.attachment !== undefined);
    // Six lampiran, each as the dictum states it and as its rows list it.
    expect(shares.map((total) => `${total.statement} ${total.attachment} ${total.total}`)).toEqual(
      ['I 1', 'II 2', 'III 1', 'IV 2', 'V 1', 'VI 1'].flatMap((share) => [
        `claim ${share}`,
        `attachment ${share}`,
      ]),
    );
    const cleanText = formatAuditText(report(clean.documents), { color: false });
    expect(cleanText).toMatch(/the sources agree/);
    // The decree is named with its files: the body, and how many lampiran files joined it.
    expect(clean.audit[0]?.sources[0]?.files).toHaveLength(7);
    expect(cleanText).toContain(
      'Sources: fixtures/decrees/split/six/keputusan.docx + 6 lampiran files (decree)',
    );
    // One person listed in Lampiran I instead of II: the totals and the levels still agree.
    const fault = await audited('split-fault');
    const text = formatAuditText(report(fault.documents), { color: false });
    expect(text).toMatch(/dictum, Lampiran I +1 /);
    expect(text).toMatch(/lampiran rows, Lampiran I +2 /);
    expect(text).not.toMatch(/the sources agree/);
    expect(text).toMatch(/the totals above differ/);
  });

  it('prints what changed between two copies, field by field, and says nothing changed where nothing did', () => {
    const NIP = '197912112006072030';
    const draft = doc('draft.docx', 'docx', { appointees: [person(NIP)] }, '800/1/BKD/2026');
    const signed = doc(
      'signed.pdf',
      'pdf',
      { appointees: [person(NIP, { grade: 'III/d', positionNew: 'Sekretaris', page: 3 })] },
      '800/1/BKD/2026',
    );
    const text = formatAuditText(report([draft, signed]), { color: false });
    expect(text).toContain(
      [
        '  What changed, draft.docx → signed.pdf: 1 in both, 1 changed, 0 added, 0 removed',
        '    NIP                 name         rows   change        draft.docx                    signed.pdf',
        '    197912112006072030  SITI AMINAH  1 → 1  grade         III/c                         III/d',
        '                                            new position  Kepala Seksi Mutasi pada BKD  Sekretaris',
      ].join('\n'),
    );
    const same = formatAuditText(report([draft, { ...draft, source: 'copy.pdf', kind: 'pdf' }]), {
      color: false,
    });
    expect(same).toContain('What changed, draft.docx → copy.pdf: nothing (1 in both, every field the same)');
    expect(same).toMatch(/the sources agree/);
    const id = formatAuditText(report([draft, signed]), { color: false, lang: 'id' });
    expect(id).toContain('Yang berubah, draft.docx → signed.pdf: 1 ada dalam keduanya, 1 berubah');
    expect(id).toMatch(/golongan +III\/c +III\/d/);
  });

  it('a roster alone is no decree audited', () => {
    const text = formatAuditText(
      report([doc('r.csv', 'csv', { appointees: [person('197912112006072030')] })]),
      {
        color: false,
      },
    );
    expect(text).not.toMatch(/decree audited/);
    expect(text).toMatch(/^1 group without a decree PDF compared from 1 input/m);
  });
});
