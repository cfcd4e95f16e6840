import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/claims.js';
import type { TextLine } from '../../src/extract/text-lines.js';
import type { Claim } from '../../src/model.js';

const dicta = (text: string): TextLine[] =>
  ['MEMUTUSKAN:', ...text.split('\n'), 'Ditetapkan di Pelaihari'].map((line) => ({ page: 1, text: line }));

/** `8=3 III@I+3 IV@II`: each part's count, level and the lampiran it names (`-` for none). */
const partsOf = (claims: readonly Claim[]) =>
  claims.map(
    (c) => `${c.total}=${c.parts.map((p) => `${p.count} ${p.level}@${p.attachment ?? '-'}`).join('+')}`,
  );
const labelsOf = (claims: readonly Claim[]) => claims.flatMap((c) => c.parts.map((p) => p.label));

describe('a claim part that names its lampiran', () => {
  it('reads `sebagaimana tercantum dalam Lampiran I` after each part, and keeps it out of the next label', () => {
    const { claims } = extractClaims(
      dicta(
        'KESATU : Mengangkat Pegawai Negeri Sipil sebanyak 8 (delapan) orang yang namanya tercantum dalam Lampiran I sampai dengan Lampiran VI Keputusan ini, terdiri atas: a. Jabatan Administrator (Eselon III) sebanyak 3 (tiga) orang sebagaimana tercantum dalam Lampiran I; b. Jabatan Pengawas (Eselon IV) sebanyak 3 (tiga) orang sebagaimana tercantum dalam Lampiran II; c. Jabatan Fungsional sebanyak 2 (dua) orang sebagaimana tercantum dalam Lampiran III Keputusan ini.',
      ),
    );
    expect(partsOf(claims)).toEqual(['8=3 III@I+3 IV@II+2 fungsional@III']);
    expect(labelsOf(claims)).toEqual([
      'Jabatan Administrator (Eselon III)',
      'Jabatan Pengawas (Eselon IV)',
      'Jabatan Fungsional',
    ]);
    // The last part's reference is part of the claim's text.
    expect(claims[0]?.text).toMatch(/Lampiran III Keputusan ini\.$/);
  });

  it('reads capitals, arabic numerals and `yang namanya tercantum pada`, normalized to Roman', () => {
    const { claims } = extractClaims(
      dicta(
        'KESATU : Mengangkat sebanyak 5 (lima) orang, terdiri atas: a. Jabatan Administrator sebanyak 2 (dua) orang yang namanya tercantum pada LAMPIRAN II; b. Jabatan Pengawas sebanyak 3 (tiga) orang sebagaimana tercantum dalam Lampiran 4 Keputusan ini.',
      ),
    );
    expect(partsOf(claims)).toEqual(['5=2 III@II+3 IV@IV']);
  });

  it('keeps the words after a reference with their part: `yang merupakan bagian tidak terpisahkan ...`', () => {
    const { claims } = extractClaims(
      dicta(
        'KESATU : Mengangkat sebanyak 6 (enam) orang, terdiri atas: a. Jabatan Administrator sebanyak 2 (dua) orang sebagaimana tercantum dalam Lampiran I yang merupakan bagian tidak terpisahkan dari Keputusan ini; b. Jabatan Pengawas sebanyak 3 (tiga) orang sebagaimana dimaksud dalam Lampiran 3; c. Jabatan Fungsional sebanyak 1 (satu) orang sesuai Lampiran IV yang merupakan bagian tidak terpisahkan dari Keputusan ini.',
      ),
    );
    expect(partsOf(claims)).toEqual(['6=2 III@I+3 IV@III+1 fungsional@IV']);
    expect(labelsOf(claims)).toEqual(['Jabatan Administrator', 'Jabatan Pengawas', 'Jabatan Fungsional']);
    expect(claims[0]?.text).toMatch(
      /sesuai Lampiran IV yang merupakan bagian tidak terpisahkan dari Keputusan ini\.$/,
    );
  });

  it('reads a label that starts with its lampiran: `Lampiran I sebanyak 29 orang`', () => {
    const { claims } = extractClaims(
      dicta(
        'KESATU : Mengangkat Pegawai Negeri Sipil sebanyak 41 (empat puluh satu) orang, terdiri atas: Lampiran I sebanyak 29 (dua puluh sembilan) orang; Lampiran 2 sebanyak 12 (dua belas) orang.',
      ),
    );
    expect(partsOf(claims)).toEqual(['41=29 unknown@I+12 unknown@II']);
    const lettered = extractClaims(
      dicta(
        'KESATU : Mengangkat sebanyak 5 (lima) orang, terdiri atas: a. Lampiran I: Jabatan Administrator sebanyak 2 (dua) orang; b. Lampiran II: Jabatan Pengawas sebanyak 3 (tiga) orang.',
      ),
    );
    expect(partsOf(lettered.claims)).toEqual(['5=2 III@I+3 IV@II']);
  });

  it('takes a range or a list of lampiran for no one lampiran, in the total or in a part', () => {
    const range = extractClaims(
      dicta(
        'KESATU : Mengangkat sebanyak 8 (delapan) orang yang namanya tercantum dalam Lampiran I sampai dengan Lampiran VI Keputusan ini, terdiri atas: a. Jabatan Administrator (Eselon III) sebanyak 3 (tiga) orang; b. Jabatan Pengawas (Eselon IV) sebanyak 5 (lima) orang sebagaimana tercantum dalam Lampiran II sampai dengan Lampiran VI.',
      ),
    );
    expect(partsOf(range.claims)).toEqual(['8=3 III@-+5 IV@-']);
    const list = extractClaims(
      dicta(
        'KESATU : Mengangkat sebanyak 3 (tiga) orang yang namanya tercantum dalam Lampiran I dan Lampiran II Keputusan ini, terdiri atas: a. Jabatan Administrator (Eselon III) sebanyak 2 (dua) orang; b. Jabatan Pengawas (Eselon IV) sebanyak 1 (satu) orang sebagaimana tercantum dalam Lampiran I dan II.',
      ),
    );
    expect(partsOf(list.claims)).toEqual(['3=2 III@-+1 IV@-']);
  });

  it("gives the total's own lampiran to the claim, not to the first of parts that only add up", () => {
    const { claims } = extractClaims(
      dicta(
        'KESATU : Mengangkat sebanyak 20 (dua puluh) orang yang namanya tercantum dalam Lampiran I Keputusan ini, 12 (dua belas) orang dalam Jabatan Administrator dan 8 (delapan) orang dalam Jabatan Pengawas.',
      ),
    );
    expect(partsOf(claims)).toEqual(['20=12 III@-+8 IV@-']);
    expect(claims.map((c) => c.attachment)).toEqual(['I']);
  });

  it('gives a claim of its own to each dictum that names one lampiran: `KESATU ... Lampiran I; KEDUA ... Lampiran II`', () => {
    const { claims } = extractClaims(
      dicta(
        'KESATU : Memberhentikan Pegawai Negeri Sipil sebanyak 29 (dua puluh sembilan) orang dari jabatannya sebagaimana tercantum dalam Lampiran I Keputusan ini.\nKEDUA : Mengangkat Pegawai Negeri Sipil sebanyak 12 (dua belas) orang sebagaimana tercantum dalam Lampiran 2 Keputusan ini.\nKETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.',
      ),
    );
    expect(claims.map((c) => [c.total, c.attachment])).toEqual([
      [29, 'I'],
      [12, 'II'],
    ]);
  });

  it('gives no claim a lampiran when its sentence names a range or its parts name theirs', () => {
    const range = extractClaims(
      dicta(
        'KESATU : Mengangkat sebanyak 8 (delapan) orang yang namanya tercantum dalam Lampiran I sampai dengan Lampiran VI Keputusan ini.',
      ),
    );
    expect(range.claims.map((c) => c.attachment)).toEqual([undefined]);
    const parts = extractClaims(
      dicta(
        'KESATU : Mengangkat sebanyak 3 (tiga) orang yang namanya tercantum dalam Lampiran I, terdiri atas: a. Jabatan Administrator sebanyak 2 (dua) orang sebagaimana tercantum dalam Lampiran I; b. Jabatan Pengawas sebanyak 1 (satu) orang sebagaimana tercantum dalam Lampiran II.',
      ),
    );
    expect(parts.claims.map((c) => c.attachment)).toEqual([undefined]);
    expect(partsOf(parts.claims)).toEqual(['3=2 III@I+1 IV@II']);
  });

  it('leaves parts without a numbered lampiran as they were: `tercantum dalam Lampiran Keputusan ini`', () => {
    const { claims } = extractClaims(
      dicta(
        'KESATU : Mengangkat sebanyak 20 (dua puluh) orang dengan rincian 12 (dua belas) orang dalam Jabatan Administrator dan 8 (delapan) orang dalam Jabatan Pengawas sebagaimana tercantum dalam Lampiran Keputusan ini.',
      ),
    );
    expect(partsOf(claims)).toEqual(['20=12 III@-+8 IV@-']);
    expect(claims[0]?.parts.every((part) => !('attachment' in part))).toBe(true);
  });
});
