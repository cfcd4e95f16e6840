import { describe, expect, it } from 'vitest';
import type { RowCells } from '../../src/extract/columns.js';
import type { ExtractedDocument } from '../../src/extract/document.js';
import { checkedText, reasonMessage, STATUS_WORDS } from '../../src/i18n/outcome.js';
import { type Document, UnverifiedReasonSchema } from '../../src/model.js';
import { checkedDocument } from '../../src/run.js';
import { docOf } from '../helpers.js';
import { AMINAH, BUDI, claimOf, DEWI, decreeDoc, FAUZI, recordsOf } from './decree-doc.js';

/** A post whose name tells no level, with no ESELON cell: the row's level is unknown. */
const NO_LEVEL: RowCells = {
  no: '4',
  nameNip: 'RINA MARLINA\nNIP. 19820202 200604 2 003',
  rankGrade: 'Penata (III/c)',
  echelon: '',
  positionNew: 'Staf Bagian Umum',
};

function outcome(doc: ExtractedDocument): Pick<Document, 'status' | 'checked' | 'unverified'> {
  const { status, checked, unverified } = checkedDocument(doc);
  return { status, checked, unverified };
}

const reasons = (doc: ExtractedDocument) => (outcome(doc).unverified ?? []).map((u) => u.reason);

describe('the outcome of a decree', () => {
  it('is verified when every claim was compared with the rows of a lampiran read with confidence', () => {
    const doc = decreeDoc({ claims: [claimOf(3, ['III 1', 'IV 1', 'fungsional 1'])] });
    const result = outcome(doc);
    expect(result.status).toBe('verified');
    expect(result.unverified).toBeUndefined();
    expect(result.checked).toMatchObject({ claims: [0], rows: 3, pages: '3' });
    expect(result.checked?.message).toBe(
      'claim 3 = 1 eselon III + 1 eselon IV + 1 fungsional against 3 rows of the lampiran, page 3',
    );
  });

  it('verifies a claim of functional posts only against rows that all have their level', () => {
    const doc = decreeDoc({ records: recordsOf([AMINAH, DEWI]), claims: [claimOf(2, ['fungsional 2'])] });
    expect(outcome(doc).status).toBe('verified');
  });

  it('is invalid when counts disagree, and still says what was compared', () => {
    const result = outcome(decreeDoc({ claims: [claimOf(4)] }));
    expect(result.status).toBe('invalid');
    expect(result.checked?.claims).toEqual([0]);
  });

  it('is unverified, not verified, for a lampiran with no claim to check it against', () => {
    const doc = decreeDoc({ claims: [] });
    expect(outcome(doc).status).toBe('unverified');
    expect(reasons(doc)).toEqual(['no-claim']);
    expect(outcome(doc).unverified?.[0]?.message).toMatch(/no claim to check the 3 rows against/);
  });

  it('is unverified when the lampiran is referred to but gave no rows', () => {
    const doc = decreeDoc({ records: [], claims: [claimOf(3)], found: false });
    expect(outcome(doc).status).toBe('unverified');
    expect(reasons(doc)).toEqual(['attachment-missing']);
    expect(outcome(doc).checked?.claims).toEqual([]);
  });

  it('is unverified when the table could not be read with confidence, and compares no claim', () => {
    const doc = decreeDoc({
      doubts: [{ code: 'attachment-uncertain', message: 'the header was not recognised' }],
    });
    expect(outcome(doc).status).toBe('unverified');
    expect(reasons(doc)).toEqual(['attachment-uncertain']);
    expect(outcome(doc).checked?.claims).toEqual([]);
  });

  it('cannot verify a claim by level while rows of the table have no level', () => {
    const records = recordsOf([FAUZI, BUDI, AMINAH, NO_LEVEL]);
    const byLevel = decreeDoc({ records, claims: [claimOf(4, ['III 1', 'IV 1', 'fungsional 2'])] });
    expect(records[3]?.appointee.level).toBe('unknown');
    expect(reasons(byLevel)).toContain('level-unknown');
    expect(outcome(byLevel).status).not.toBe('verified');
    // A claim of a total alone counts no level: the unknown row is a warning, not a doubt on the claim.
    const total = decreeDoc({ records, claims: [claimOf(4)] });
    expect(reasons(total)).toEqual([]);
    expect(checkedDocument(total).findings.map((f) => f.code)).toContain('level-unknown');
  });

  it('is unverified when pages gave no usable text, and says --ocr', () => {
    const doc = { ...decreeDoc(), pagesWithoutText: [4, 5] };
    expect(outcome(doc).status).toBe('unverified');
    expect(outcome(doc).unverified?.[0]).toMatchObject({ reason: 'pages-without-text', pages: [4, 5] });
    expect(outcome(doc).unverified?.[0]?.message).toMatch(/4-5.*--ocr/);
  });

  it('is not a decree, not a defect, for a recap', () => {
    const doc: ExtractedDocument = {
      ...decreeDoc({ noParts: true, noDecree: true, claims: [], records: [] }),
      notes: [{ code: 'not-a-decree', message: 'not a decree' }],
    };
    const result = checkedDocument(doc);
    expect(result.status).toBe('not-a-decree');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('the outcome of other documents', () => {
  it('verifies a roster row by row, and says it compared no total', () => {
    const result = outcome(docOf([FAUZI, BUDI]));
    expect(result.status).toBe('verified');
    expect(result.checked?.message).toMatch(/2 rows of the roster, one by one/);
  });

  it('leaves a workbook lampiran (its title rows name the decree) unverified: it claims nothing', () => {
    const decree = { number: '821.2/BKPSDM/SK/014/2024', numberRaw: null, date: '2024-01-15' };
    const doc = docOf([FAUZI, BUDI], {
      kind: 'xlsx',
      decree: { ...decree, place: null, issuer: null, subject: null, signatory: null },
    });
    expect(reasons(doc)).toEqual(['no-claim']);
  });

  it('leaves a press text unverified: there is no list of people to compare its claim with', () => {
    const doc = docOf([], { kind: 'text', claims: [claimOf(2, ['III 1', 'IV 1'])] });
    expect(outcome(doc).status).toBe('unverified');
    expect(reasons(doc)).toEqual(['no-rows']);
  });
});

describe('the outcome words', () => {
  it('never say sah in Indonesian', () => {
    for (const words of Object.values(STATUS_WORDS)) expect(words.id({})).not.toMatch(/\bsah\b/i);
  });

  it('say every reason and the checked line in both languages', () => {
    for (const reason of UnverifiedReasonSchema.options) {
      const params = { reason, count: 3, pages: [2, 3] };
      expect(reasonMessage(params, 'id')).not.toBe(reasonMessage(params, 'en'));
      expect(reasonMessage(params, 'id')).not.toMatch(/undefined|NaN/);
    }
    const doc = { kind: 'pdf', claims: [claimOf(3)], checked: { claims: [0], rows: 3, pages: '3-4' } };
    expect(checkedText(doc, 'id')).toBe('klaim 3 dicocokkan dengan 3 baris lampiran, halaman 3-4');
  });
});
