import { describe, expect, it } from 'vitest';
import { attachmentsMissing, claimsAgainstRows } from '../../src/checks/count-mismatch.js';
import type { Level } from '../../src/domain/level.js';
import { localizeOutcome } from '../../src/i18n/outcome.js';
import { render, type Said } from '../../src/i18n/said.js';
import { checkedDocument } from '../../src/run.js';
import { AMINAH, BUDI, claimOf, decreeDoc, FAUZI, perLampiran, recordsOf } from './decree-doc.js';

/** Rows as `'III@I'`: a level and the lampiran it is listed in (`III@` for none). */
const rows = (...specs: string[]) =>
  specs.map((spec) => {
    const [level, attachment] = spec.split('@') as [Level, string];
    return attachment ? { level, attachment } : { level };
  });

const SIX = perLampiran(8, [
  ['III 1', 'I'],
  ['III 2', 'II'],
  ['IV 1', 'III'],
  ['IV 2', 'IV'],
  ['fungsional 1', 'V'],
  ['fungsional 1', 'VI'],
]);
const SIX_ROWS = ['III@I', 'III@II', 'III@II', 'IV@III', 'IV@IV', 'IV@IV', 'fungsional@V', 'fungsional@VI'];

describe('claimsAgainstRows, per lampiran', () => {
  it('finds nothing when each lampiran lists what its part says', () => {
    expect(claimsAgainstRows([SIX], rows(...SIX_ROWS))).toEqual([]);
  });

  it('names each lampiran that differs, in English and Indonesian, where total and levels agree', () => {
    // One eselon III person of Lampiran II listed in Lampiran I.
    const moved = rows('III@I', 'III@I', 'III@II', ...SIX_ROWS.slice(3));
    const found = claimsAgainstRows([SIX], moved);
    expect(found.map((o) => o.message)).toEqual([
      'Lampiran I lists 2, the decree says 1',
      'Lampiran II lists 1, the decree says 2',
    ]);
    expect(found.map((o) => render(o.said as Said, 'id'))).toEqual([
      'Lampiran I memuat 2 orang, sedangkan SK menyebut 1 orang',
      'Lampiran II memuat 1 orang, sedangkan SK menyebut 2 orang',
    ]);
    expect(found.every((o) => !/\bsah\b/i.test(render(o.said as Said, 'id')))).toBe(true);
  });

  it('names a lampiran that lists as many people as said, but of another level', () => {
    // The eselon IV.a person of Lampiran III and the eselon III.a person of Lampiran I swapped:
    // every count, every level of the decree and every lampiran's number of rows agree.
    const swapped = rows(
      'IV@I',
      'III@II',
      'III@II',
      'III@III',
      'IV@IV',
      'IV@IV',
      'fungsional@V',
      'fungsional@VI',
    );
    const found = claimsAgainstRows([SIX], swapped);
    expect(found.map((o) => o.message)).toEqual([
      'Lampiran I lists 0 at eselon III, the decree says 1',
      'Lampiran III lists 0 at eselon IV, the decree says 1',
    ]);
    expect(render(found[0]?.said as Said, 'id')).toBe(
      'Lampiran I memuat 0 orang eselon III, sedangkan SK menyebut 1 orang',
    );
    // Parts of unknown level say nothing of the levels of their lampiran.
    const unknown = perLampiran(2, [
      ['unknown 1', 'I'],
      ['unknown 1', 'II'],
    ]);
    expect(claimsAgainstRows([unknown], rows('IV@I', 'III@II'))).toEqual([]);
  });

  it('adds up two parts that name one lampiran', () => {
    const claim = perLampiran(3, [
      ['III 2', 'I'],
      ['IV 1', 'I'],
    ]);
    expect(claimsAgainstRows([claim], rows('III@I', 'III@I', 'IV@I'))).toEqual([]);
    expect(claimsAgainstRows([claim], rows('III@I', 'III@I', 'IV@II')).map((o) => o.message)).toEqual([
      'Lampiran I lists 2, the decree says 3',
    ]);
  });

  it('compares only the lampiran read when a named one is missing: no total or level is said to differ', () => {
    const withoutIV = rows(...SIX_ROWS.filter((spec) => !spec.endsWith('@IV')));
    expect(claimsAgainstRows([SIX], withoutIV)).toEqual([]);
    expect(attachmentsMissing([SIX], withoutIV)).toEqual(['IV']);
    // The same rows against a claim that names no lampiran: the total and the level differ.
    expect(claimsAgainstRows([claimOf(8, ['IV 3'])], withoutIV).map((o) => o.message)).toEqual([
      'the decree says 8 appointees, the lampiran lists 6',
      'the decree says 3 at eselon IV, the lampiran lists 1',
    ]);
  });

  it('falls back to the total and the levels when the rows do not say their lampiran', () => {
    const unnumbered = rows(...SIX_ROWS.map((spec) => spec.replace(/@.*/, '@')));
    expect(attachmentsMissing([SIX], unnumbered)).toEqual([]);
    expect(claimsAgainstRows([SIX], unnumbered.slice(1)).map((o) => o.message)).toEqual([
      'the decree says 8 appointees, the lampiran lists 7',
      'the decree says 3 at eselon III, the lampiran lists 2',
    ]);
  });

  it('holds a qualified claim to nothing', () => {
    const about = { ...SIX, qualifier: 'approximately' as const };
    expect(claimsAgainstRows([about], rows('III@I'))).toEqual([]);
    expect(attachmentsMissing([about], rows('III@I'))).toEqual([]);
  });
});

describe('claims that each name one lampiran (`KESATU ... Lampiran I; KEDUA ... Lampiran II`)', () => {
  const dismissed = { ...claimOf(2, ['III 2']), attachment: 'I' };
  const appointed = { ...claimOf(3, ['IV 3']), attachment: 'II' };

  it("holds each to its own lampiran's rows, not to all of them", () => {
    expect(
      claimsAgainstRows([dismissed, appointed], rows('III@I', 'III@I', 'IV@II', 'IV@II', 'IV@II')),
    ).toEqual([]);
  });

  it('names the lampiran whose total or level differs', () => {
    const found = claimsAgainstRows(
      [dismissed, appointed],
      rows('III@I', 'IV@I', 'IV@II', 'IV@II', 'IV@II', 'IV@II'),
    );
    expect(found.map((o) => o.message)).toEqual([
      'Lampiran I lists 1 at eselon III, the decree says 2',
      'Lampiran II lists 4, the decree says 3',
      'Lampiran II lists 4 at eselon IV, the decree says 3',
    ]);
  });

  it('is not compared when its lampiran was not read, and compared with all rows when rows say none', () => {
    expect(claimsAgainstRows([dismissed, appointed], rows('III@I', 'III@I'))).toEqual([]);
    expect(attachmentsMissing([dismissed, appointed], rows('III@I', 'III@I'))).toEqual(['II']);
    expect(claimsAgainstRows([dismissed], rows('III@', 'III@')).map((o) => o.message)).toEqual([]);
    expect(claimsAgainstRows([dismissed], rows('III@', 'III@', 'IV@')).map((o) => o.message)).toEqual([
      'the decree says 2 appointees, the lampiran lists 3',
    ]);
  });

  it('are held to the rows together when the rows say no lampiran: their sum, never each to all', () => {
    const unnumbered = rows('III@', 'III@', 'IV@', 'IV@', 'IV@');
    expect(claimsAgainstRows([dismissed, appointed], unnumbered)).toEqual([]);
    expect(
      claimsAgainstRows([dismissed, appointed], [...unnumbered, ...rows('IV@')]).map((o) => o.message),
    ).toEqual([
      'the decree says 5 appointees, the lampiran lists 6',
      'the decree says 3 at eselon IV, the lampiran lists 4',
    ]);
  });
});

describe('a decree with its Lampiran I and II in one file, Lampiran III named but absent', () => {
  const records = recordsOf([FAUZI, BUDI, AMINAH]).map((record, i) => ({
    ...record,
    appointee: { ...record.appointee, attachment: ['I', 'II', 'II'][i] as string },
  }));
  const claim = perLampiran(4, [
    ['III 1', 'I'],
    ['IV 1', 'II'],
    ['fungsional 1', 'II'],
    ['IV 1', 'III'],
  ]);

  it('is unverified, naming the lampiran to pass, never verified', () => {
    const doc = checkedDocument(decreeDoc({ records, claims: [claim] }));
    expect(doc.status).toBe('unverified');
    expect(doc.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(doc.unverified).toEqual([
      expect.objectContaining({ reason: 'attachment-missing', attachments: ['III'] }),
    ]);
    expect(doc.unverified?.[0]?.message).toMatch(/^Lampiran III, which the decree counts on, was not among/);
    expect(localizeOutcome(doc, 'id').unverified?.[0]?.message).toMatch(
      /^Lampiran III yang dirujuk diktum SK tidak ada di antara berkas/,
    );
  });

  it('says in `checked` that each part was held to its own lampiran', () => {
    const whole = perLampiran(3, [
      ['III 1', 'I'],
      ['IV 1', 'II'],
      ['fungsional 1', 'II'],
    ]);
    const doc = checkedDocument(decreeDoc({ records, claims: [whole] }));
    expect(doc.status).toBe('verified');
    expect(doc.checked?.message).toBe(
      'claim 3 = 1 eselon III (Lampiran I) + 1 eselon IV (Lampiran II) + 1 fungsional (Lampiran II) against 3 rows of the lampiran, page 3, each part against the lampiran it names',
    );
    expect(localizeOutcome(doc, 'id').checked?.message).toMatch(
      /tiap rincian dengan lampiran yang disebutnya$/,
    );
  });
});
