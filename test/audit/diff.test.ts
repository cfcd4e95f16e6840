import { describe, expect, it } from 'vitest';
import { diffPeople, matchPeople } from '../../src/audit/diff.js';
import { parseName } from '../../src/domain/name.js';
import type { Appointee, AuditChanges } from '../../src/model.js';

/** A row as a reader leaves it: the name's titles taken off by `parseName`, as the extractors do. */
function row(nameRaw: string, nip: string | null, extra: Partial<Appointee> = {}): Appointee {
  const { name, titlesBefore, titlesAfter } = parseName(nameRaw);
  return {
    row: 1,
    name,
    nameRaw,
    titlesBefore,
    titlesAfter,
    nip,
    birthDate: null,
    sex: null,
    tmt: null,
    grade: 'III/c',
    rank: 'Penata',
    echelon: 'IV.a',
    level: 'IV',
    positionOld: 'Analis Kebijakan pada Badan Kepegawaian Daerah',
    positionNew: 'Kepala Sub Bagian Umum pada Dinas Kesehatan',
    unit: null,
    ...extra,
  };
}

const numbered = (people: Appointee[]) => people.map((a, i) => ({ ...a, row: i + 1 }));
const diff = (from: Appointee[], to: Appointee[]): AuditChanges =>
  diffPeople(
    { source: 'draft.docx', appointees: numbered(from) },
    { source: 'signed.pdf', appointees: numbered(to) },
  );
const fields = (changes: AuditChanges) =>
  changes.people.map((p) => [p.change, p.nip, p.fields.map((f) => [f.field, f.from, f.to])]);

const AHMAD = '197005121995031002';
const SITI = '198203152006042001';
const BUDI = '198001012005011001';

describe('diffPeople: people matched by NIP', () => {
  it('reports each field that differs, in a fixed order, with both values as read', () => {
    const changes = diff(
      [row('AHMAD FAUZI', AHMAD)],
      [
        row('AHMAD FAUZI', AHMAD, {
          grade: 'III/d',
          rank: 'Penata Tk. I',
          echelon: 'IV.b',
          positionOld: 'Analis Kebijakan pada Sekretariat Daerah',
          positionNew: 'Kepala Sub Bagian Keuangan pada Dinas Kesehatan',
        }),
      ],
    );
    expect(changes.matched).toBe(1);
    expect(fields(changes)).toEqual([
      [
        'changed',
        AHMAD,
        [
          // The rank goes with the grade: said once, as the grade.
          ['grade', 'III/c', 'III/d'],
          ['echelon', 'IV.a', 'IV.b'],
          [
            'positionOld',
            'Analis Kebijakan pada Badan Kepegawaian Daerah',
            'Analis Kebijakan pada Sekretariat Daerah',
          ],
          [
            'positionNew',
            'Kepala Sub Bagian Umum pada Dinas Kesehatan',
            'Kepala Sub Bagian Keuangan pada Dinas Kesehatan',
          ],
        ],
      ],
    ]);
    expect(changes.people[0]).toMatchObject({ matchedBy: 'nip', fromAt: { row: 1 }, toAt: { row: 1 } });
  });

  it.each([
    ['titles and case of the name', { nameRaw: 'Drs. AHMAD FAUZI, M.Si.' }, { nameRaw: 'Ahmad Fauzi, S.H.' }],
    ['the spelling of a grade', { grade: 'III/c' }, { grade: '(III.C)' }],
    [
      'the spelling of a rank',
      { rank: 'Penata Tk. I', grade: 'III/d' },
      { rank: 'PENATA TINGKAT I', grade: 'III/d' },
    ],
    ['a bare echelon level', { echelon: 'IV.a' }, { echelon: 'IV' }],
    [
      'a post broken over two lines by another layout',
      { positionNew: 'Kepala Sub Bagian Perundang-undangan Bagian Hukum' },
      { positionNew: 'KEPALA SUB BAGIAN PERUNDANG- UNDANGAN BAGIAN HUKUM.' },
    ],
    [
      'a post as a clerk shortens it',
      {
        positionOld: 'Kepala Sub Bagian Umum pada Dinas Kesehatan',
        positionNew: 'Kepala Seksi Mutasi pada Dinas Kesehatan',
      },
      { positionOld: 'Kasubbag Umum pd Dinas Kesehatan', positionNew: 'Kasi Mutasi pada Dinas Kesehatan' },
    ],
    [
      'the unit in its own column',
      { positionNew: 'Kepala Sub Bagian Umum pada Dinas Kesehatan' },
      { positionNew: 'Kepala Sub Bagian Umum', unit: 'Dinas Kesehatan' },
    ],
    [
      'a cell one source leaves empty',
      { grade: 'III/c', positionOld: 'Analis' },
      { grade: null, positionOld: null },
    ],
  ])('%s is no change', (_, a, b) => {
    const nameA = 'nameRaw' in a ? String(a.nameRaw) : 'AHMAD FAUZI';
    const nameB = 'nameRaw' in b ? String(b.nameRaw) : 'AHMAD FAUZI';
    const changes = diff(
      [row(nameA, AHMAD, a as Partial<Appointee>)],
      [row(nameB, AHMAD, b as Partial<Appointee>)],
    );
    expect(changes).toEqual({ from: 'draft.docx', to: 'signed.pdf', matched: 1, people: [] });
  });

  it('a name spelt otherwise, a rank without its grade, and another unit are changes', () => {
    const changes = diff(
      [row('FITRI HANDAYANI, S.E.', AHMAD, { grade: null, unit: 'Dinas Kesehatan' })],
      [row('Fitri Handayanti, S.E.', AHMAD, { grade: null, rank: 'Penata Tk. I', unit: 'Dinas Sosial' })],
    );
    expect(fields(changes)).toEqual([
      [
        'changed',
        AHMAD,
        [
          ['name', 'FITRI HANDAYANI', 'Fitri Handayanti'],
          ['rank', 'Penata', 'Penata Tk. I'],
          ['unit', 'Dinas Kesehatan', 'Dinas Sosial'],
        ],
      ],
    ]);
  });
});

describe('diffPeople: a damaged NIP is matched by name', () => {
  it('a NIP one digit off: the same person, the NIP a change of its own', () => {
    const slip = '197005121995031008';
    const changes = diff([row('AHMAD FAUZI', AHMAD)], [row('Ahmad Fauzi', slip, { grade: 'III/d' })]);
    expect(changes.matched).toBe(1);
    expect(changes.people[0]?.matchedBy).toBe('name');
    expect(fields(changes)).toEqual([
      [
        'changed',
        AHMAD,
        [
          ['nip', AHMAD, slip],
          ['grade', 'III/c', 'III/d'],
        ],
      ],
    ]);
  });

  it('a NIP cut by a page break, even with grade and post changed', () => {
    const cut = {
      ...row('AHMAD FAUZI', null, { grade: 'III/d', positionNew: 'Sekretaris' }),
      nipRaw: '19700512199503100',
    };
    expect(fields(diff([row('AHMAD FAUZI', AHMAD)], [cut]))).toEqual([
      [
        'changed',
        AHMAD,
        [
          ['nip', AHMAD, '19700512199503100'],
          ['grade', 'III/c', 'III/d'],
          ['positionNew', 'Kepala Sub Bagian Umum pada Dinas Kesehatan', 'Sekretaris'],
        ],
      ],
    ]);
  });

  it('a NIP a spreadsheet turned to 1,97005E+17: by name where grade or post agree, else not at all', () => {
    const damaged = { ...row('Ahmad Fauzi', null), nipRaw: '1,97005E+17' };
    expect(fields(diff([row('AHMAD FAUZI', AHMAD)], [damaged]))).toEqual([
      ['changed', AHMAD, [['nip', AHMAD, '1,97005E+17']]],
    ]);
    const other = { ...damaged, grade: 'II/a', positionNew: 'Staf' };
    expect(fields(diff([row('AHMAD FAUZI', AHMAD)], [other]))).toEqual([['removed', AHMAD, []]]);
  });

  it('two people of one name are never guessed: removed, and nobody added without a NIP', () => {
    const twins = [
      { ...row('AHMAD FAUZI', null), nipRaw: '1,97E+17' },
      { ...row('AHMAD FAUZI', null), nipRaw: '1,97E+17' },
    ];
    const changes = diff([row('AHMAD FAUZI', AHMAD)], twins);
    expect(changes.matched).toBe(0);
    expect(fields(changes)).toEqual([['removed', AHMAD, []]]);
  });

  it('NIPs far apart are two people, though their names agree', () => {
    const changes = diff([row('AHMAD FAUZI', AHMAD)], [row('AHMAD FAUZI', BUDI)]);
    expect(fields(changes)).toEqual([
      ['removed', AHMAD, []],
      ['added', BUDI, []],
    ]);
  });
});

describe('diffPeople: who was added and removed, in a fixed order', () => {
  it('lists the first source in its row order, then the added in the second source`s', () => {
    const changes = diff(
      [row('AHMAD FAUZI', AHMAD), row('SITI RAHMAH', SITI), row('BUDI SANTOSO', BUDI)],
      [
        row('BUDI SANTOSO', BUDI, { grade: 'III/d' }),
        row('RINA', '199001012015032001'),
        row('AHMAD FAUZI', AHMAD),
      ],
    );
    expect(changes.matched).toBe(2);
    expect(changes.people.map((p) => [p.change, p.name, p.fromAt?.row ?? null, p.toAt?.row ?? null])).toEqual(
      [
        ['removed', 'SITI RAHMAH', 2, null],
        ['changed', 'BUDI SANTOSO', 3, 1],
        ['added', 'RINA', null, 2],
      ],
    );
  });

  it('a NIP twice in one source is compared once, by its first row', () => {
    const { pairs, removed, added } = matchPeople(
      [row('AHMAD FAUZI', AHMAD), { ...row('AHMAD FAUZI', AHMAD), row: 2 }],
      [row('AHMAD FAUZI', AHMAD)],
    );
    expect([pairs.length, removed, added]).toEqual([1, [], []]);
  });

  it('the same list in another order is no change', () => {
    const people = [row('AHMAD FAUZI', AHMAD), row('SITI RAHMAH', SITI), row('BUDI SANTOSO', BUDI)];
    expect(diff(people, [...people].reverse()).people).toEqual([]);
  });
});
