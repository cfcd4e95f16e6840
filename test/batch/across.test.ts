import { describe, expect, it } from 'vitest';
import { AcrossDocuments } from '../../src/batch/across.js';
import { checkedDocument } from '../../src/run.js';
import { docOf } from '../helpers.js';

const PERSON = {
  name: 'Drs. AHMAD FAUZI, M.Si.',
  nip: '197005121995031002',
  grade: 'IV/a',
  echelon: 'III.a',
};
const OTHER = { name: 'SITI RAHMAH, S.E.', nip: '198203152006042001', grade: 'III/d', echelon: 'IV.a' };

function decree(source: string, number: string | null, people: (typeof PERSON)[]) {
  const doc = checkedDocument(
    docOf(
      people.map((p) => ({ ...p })),
      { source, kind: 'pdf' },
    ),
  );
  return {
    ...doc,
    decree: {
      number,
      numberRaw: number,
      date: null,
      place: null,
      issuer: null,
      subject: null,
      signatory: null,
    },
  };
}

describe('nip-duplicate-across', () => {
  it('flags a NIP already appointed by an earlier decree, on the later one, naming the first', () => {
    const across = new AcrossDocuments();
    const first = across.visit(decree('a.pdf', '821/1/BKD/2026', [OTHER, PERSON]));
    const second = across.visit(decree('b.pdf', '821/2/BKD/2026', [PERSON]));
    expect(first.findings.filter((f) => f.code === 'nip-duplicate-across')).toEqual([]);
    expect(second.findings.filter((f) => f.code === 'nip-duplicate-across')).toEqual([
      {
        code: 'nip-duplicate-across',
        severity: 'warning',
        message: 'NIP 197005121995031002 is also appointed in a.pdf (row 2)',
        row: 1,
        field: 'nip',
        sources: ['a.pdf'],
      },
    ]);
    expect(second.status).toBe(first.status);
  });

  it('names the first decree only, however many repeat it', () => {
    const across = new AcrossDocuments();
    across.visit(decree('a.pdf', '1/A/2026', [PERSON]));
    across.visit(decree('b.pdf', '2/B/2026', [PERSON]));
    const third = across.visit(decree('c.pdf', '3/C/2026', [PERSON]));
    expect(third.findings.find((f) => f.code === 'nip-duplicate-across')?.sources).toEqual(['a.pdf']);
  });

  it('the same decree twice (a copy) and rosters appoint nobody twice', () => {
    const across = new AcrossDocuments();
    across.visit(decree('a.pdf', '1/A/2026', [PERSON]));
    const copy = across.visit(decree('copy-of-a.pdf', '1/A/2026', [PERSON]));
    const roster = across.visit({ ...decree('a.csv', null, [PERSON]), kind: 'csv' });
    for (const doc of [copy, roster])
      expect(doc.findings.map((f) => f.code)).not.toContain('nip-duplicate-across');
  });

  it('a draft numbered at signing is the decree it becomes, either way round; another decree of its office is not', () => {
    for (const [first, second] of [
      ['800.1.3.3/  /BKD/2026', '800.1.3.3/0417/BKD/2026'],
      ['800.1.3.3/0417/BKD/2026', '800.1.3.3/.../BKD/2026'],
    ] as const) {
      const across = new AcrossDocuments();
      across.visit(decree('draft.docx', first, [PERSON]));
      const signed = across.visit(decree('signed.pdf', second, [PERSON]));
      expect(signed.findings.map((f) => f.code)).not.toContain('nip-duplicate-across');
    }
    const across = new AcrossDocuments();
    across.visit(decree('draft.docx', '800.1.3.3/  /BKD/2026', [PERSON]));
    const other = across.visit(decree('other.pdf', '800.1.3.3/0417/BKPSDM/2026', [PERSON]));
    expect(other.findings.map((f) => f.code)).toContain('nip-duplicate-across');
  });
});
