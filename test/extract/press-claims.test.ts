import { describe, expect, it } from 'vitest';
import { readArticle, readPressClaims } from '../../src/extract/press-article.js';
import { qualifierBefore, sentences } from '../../src/extract/press-sentences.js';
import type { Claim } from '../../src/model.js';

/** `292 = 200 III + 85 IV + 7 fungsional`, with `~` / `>=` / `>` / `<=` for a qualifier. */
function shape(claim: Claim): string {
  const mark = { approximately: '~', 'at-least': '>=', 'more-than': '>', 'at-most': '<=' };
  const total = `${claim.qualifier ? mark[claim.qualifier] : ''}${claim.total}`;
  const parts = claim.parts.map((part) => `${part.count} ${part.level}`).join(' + ');
  return parts ? `${total} = ${parts}` : total;
}

const claimsOf = (text: string) => readPressClaims(text).map(shape);

describe('claims in press prose', () => {
  it.each([
    [
      'Dari total 292 pejabat, sebanyak 200 orang merupakan pejabat eselon III, 85 pejabat eselon IV, serta tujuh pejabat fungsional.',
      ['292 = 200 III + 85 IV + 7 fungsional'],
    ],
    [
      'Bupati melakukan pelantikan delapan pejabat baru yakni empat pejabat administrator dan empat pejabat fungsional.',
      ['8 = 4 III + 4 fungsional'],
    ],
    [
      'Wali Kota melantik 15 pejabat yang terdiri dari 8 pejabat administrator, 6 pejabat pengawas dan 2 pejabat fungsional.',
      ['15 = 8 III + 6 IV + 2 fungsional'],
    ],
    // The parts as stated, even when they do not add up: total-mismatch judges that.
    [
      'Sebanyak 40 pejabat yang dilantik terdiri dari 14 pejabat administrator, 21 pejabat pengawas dan enam pejabat fungsional.',
      ['40 = 14 III + 21 IV + 6 fungsional'],
    ],
    [
      'SK Nomor 800.1.3.3/03–02/BKD/2026 mengangkat 292 (dua ratus sembilan puluh dua) orang pejabat.',
      ['292'],
    ],
    [
      'Gubernur melantik 1.250 ASN, yaitu 1.000 pejabat fungsional dan 250 pejabat pelaksana.',
      ['1250 = 1000 fungsional + 250 pelaksana'],
    ],
    // Parts that add up, without a word that announces them.
    [
      'Pelantikan 12 pejabat: 5 pejabat eselon III, 6 pejabat eselon IV, 1 pejabat fungsional.',
      ['12 = 5 III + 6 IV + 1 fungsional'],
    ],
    ['Bupati melantik 10 pejabat, 4 pejabat administrator dan 6 pejabat pengawas.', ['10 = 4 III + 6 IV']],
    // The level before the number: `eselon III sebanyak 5 orang`.
    [
      'Pengangkatan 11 pejabat terdiri atas eselon III sebanyak 5 orang dan eselon IV sebanyak 6 orang.',
      ['11 = 5 III + 6 IV'],
    ],
    [
      'Sebanyak 292 orang pejabat yang terdiri dari 200 pejabat administrator (eselon III), 85 pejabat pengawas (eselon IV) dan 7 pejabat fungsional dilantik hari ini.',
      ['292 = 200 III + 85 IV + 7 fungsional'],
    ],
    // `Ke-292` is no count; the three of one level each, with no total stated, add up to one claim.
    [
      'Ke-292 pejabat yang dilantik terdiri dari pejabat administrator 200 orang, pejabat pengawas 85 orang, dan pejabat fungsional 7 orang.',
      ['292 = 200 III + 85 IV + 7 fungsional'],
    ],
    [
      'Gubernur melantik 292 pejabat, terdiri dari pejabat administrator 200 orang, pejabat pengawas 85 orang, dan pejabat fungsional 7 orang.',
      ['292 = 200 III + 85 IV + 7 fungsional'],
    ],
    ['Pemprov melantik 282 pejabat, 200 di antaranya perempuan.', ['282']],
    // Parts end where they reach the total.
    [
      'Bupati melantik 12 pejabat yakni 5 pejabat administrator dan 7 pejabat pengawas, serta menyaksikan 3 orang pejabat fungsional diambil sumpahnya.',
      ['12 = 5 III + 7 IV'],
    ],
    ['Gubernur Lantik 292 Pejabat Administrator, Pengawas dan Fungsional', ['292']],
    ['Pelantikan pejabat administrator dan pengawas sebanyak 12 orang berlangsung khidmat.', ['12']],
    // The parts in the next sentence.
    [
      'Sebanyak 12 pejabat dilantik. Mereka terdiri atas lima pejabat eselon III, enam pejabat eselon IV dan satu pejabat fungsional.',
      ['12 = 5 III + 6 IV + 1 fungsional'],
    ],
    ['Gubernur melantik sekitar 100 ASN di Aula Gawi Sabarataan.', ['~100']],
    ['Sedikitnya 282 pejabat dilantik pada Jumat (6/2/2026).', ['>=282']],
    ['Lebih dari 300 pejabat dilantik hari ini.', ['>300']],
    ['Pemkot melantik kurang lebih 75 orang pejabat di lingkungan Pemkot.', ['~75']],
    ['Hampir 50 PNS dimutasi ke kecamatan.', ['~50']],
    [
      'Tidak kurang dari 20 pejabat eselon IV dan 30 pejabat fungsional dilantik.',
      ['>=50 = 20 IV + 30 fungsional'],
    ],
    // Issue 16: a count of one level is the claim when the text states no total; `juga` says there were others.
    ['Sebanyak 18 pejabat eselon III resmi dilantik pagi ini.', ['18 = 18 III']],
    ['Gubernur juga melantik 200 pejabat eselon III.', ['>=200 = 200 III']],
  ])('%s', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('numbers in press prose that are not claims about appointees', () => {
  it.each([
    'Pemkab memiliki 37 perangkat daerah, 70 UPTD dan 12 kecamatan.',
    'Para pejabat yang dilantik berasal dari 37 perangkat daerah dan 70 UPTD.',
    'Pelantikan digelar pada Jumat, 6 Februari 2026 pukul 09.00 Wita.',
    'Pelantikan digelar Jumat (6/2/2026) di Banjarbaru.',
    'Hubungi BKD di (0511) 4772 atau 0812-5123-4567 untuk informasi pelantikan.',
    'Pelantikan tahun 2026 adalah yang kedua setelah pelantikan 2025.',
    'Pejabat atas nama Ahmad, NIP 19700512 199503 1 002, dilantik sebagai Kepala Bidang.',
    'Lihat halaman 2 dari 5 untuk daftar pejabat yang dilantik.',
    'Setiap pejabat yang dilantik menerima tunjangan Rp 5 juta per bulan.',
    'Setiap pejabat yang dilantik menerima tunjangan Rp5.000.000 per bulan.',
    'Pelantikan dihadiri sekitar 500 orang undangan.',
    'Pelantikan disaksikan dua orang saksi dan satu orang rohaniwan.',
    'Salah satu pejabat yang dilantik adalah mantan camat.',
    'Ke-292 pejabat tersebut diminta segera bekerja.',
    'Pelantikan sesuai Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS.',
    'Sebanyak 85 persen pejabat yang dilantik berusia di bawah 50 tahun.',
    'Puluhan pejabat dan ratusan ASN hadir dalam pelantikan itu.',
    'Pelantikan merupakan tahap ke-3 dari rangkaian mutasi tahun ini.',
    // A count of people with no appointing in the sentence is not taken as a claim.
    'Dinas Kesehatan kini memiliki 120 pegawai.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('the role of each count: only people appointed make a claim (issue 16)', () => {
  const read = (text: string) => {
    const claims = readArticle(text.split('\n\n'));
    return [claims.map(shape), claims.flatMap((c) => c.setAside ?? []).map((c) => `${c.count} ${c.role}`)];
  };
  it.each([
    [
      'Sebanyak 18 pejabat dilantik, sementara 3 pejabat lainnya masih menunggu pertimbangan teknis BKN.',
      ['18'],
      ['3 pending'],
    ],
    ['Sebanyak 12 pejabat dilantik setelah menunggu pertimbangan teknis BKN selama dua bulan.', ['12'], []],
    // Waiting, or an empty post, beside a verb of appointing does not undo it; `batal`, `belum bisa` do.
    ['Bupati melantik 5 pejabat yang sudah lama menunggu.', ['5'], []],
    ['Bupati melantik 5 pejabat untuk mengisi jabatan yang kosong.', ['5'], []],
    ['Bupati melantik 20 pejabat. Pelantikan 3 pejabat lainnya batal.', ['20'], ['3 other']],
    ['Bupati melantik 20 pejabat. Tiga orang belum sempat dilantik.', ['20'], ['3 pending']],
    ['Bupati Mutasi 24 Pejabat, Enam Lainnya Menyusul', ['24'], ['6 pending']],
    [
      'Sebanyak 30 pejabat dilantik hari ini, menyusul 45 pejabat yang dilantik pada Oktober lalu.',
      ['30'],
      ['45 previous'],
    ],
    ['Bupati melantik 12 pejabat, termasuk Ahmad yang sebelumnya menjabat Kepala Bidang.', ['12'], []],
    ['Bupati melantik 30 pejabat, termasuk 5 camat.', ['30'], ['5 other']],
    ['Pemprov mengusulkan 45 pejabat untuk dilantik.', [], []],
    ['Sebanyak 40 pejabat akan dilantik pekan depan.', [], []],
    ['Wali Kota melantik 20 pejabat. Masih ada 4 jabatan eselon III yang lowong.', ['20'], ['4 vacant']],
    ['Bupati melantik 20 pejabat untuk mengisi 22 jabatan.', ['20'], ['22 posts']],
    ['Seorang pejabat pimpinan tinggi pratama dilantik hari ini.', ['1 = 1 II'], []],
    ['Gubernur melantik dua pejabat pimpinan tinggi madya.', ['2 = 2 I'], []],
    [
      'Bupati melantik 4 pejabat eselon III a, 3 pejabat eselon IV.A dan 2 pejabat eselon II.B.',
      ['9 = 4 III + 3 IV + 2 II'],
      [],
    ],
    ['Sebanyak 5 pejabat eselon 3 A dilantik.', ['5 = 5 III'], []],
    // Counts of one level in their own sentences, with no total: their sum.
    [
      'Bupati melantik 5 pejabat administrator. Selain itu, 7 pejabat pengawas juga dilantik.',
      ['12 = 5 III + 7 IV'],
      [],
    ],
    // The parts of a total in the sentences and paragraphs after it; `sisanya` and `di antaranya` lead a label.
    [
      'Bupati melantik 9 pejabat.\n\nLima orang di antaranya pejabat administrator.\n\nSisanya empat orang pejabat pengawas.',
      ['9 = 5 III + 4 IV'],
      [],
    ],
    // One count that does not reach the total names some of them: no part, so no total-mismatch.
    ['Bupati melantik 30 pejabat. Di antaranya terdapat 5 camat.', ['30'], []],
    ['Gubernur melantik 292 pejabat. Gubernur juga melantik 200 pejabat eselon III.', ['292'], []],
    // Two that do not add up are a breakdown all the same: total-mismatch judges it.
    [
      'Ada 15 pejabat yang dilantik. Untuk jabatan administrator ada tiga orang. Sisanya sebelas orang pejabat pengawas.',
      ['15 = 3 III + 11 IV'],
      [],
    ],
    // A count larger than the total is not its part.
    ['Bupati melantik 9 pejabat. Dinas itu kini memiliki 120 pejabat fungsional.', ['9'], ['120 other']],
  ])('%s', (text, claims, setAside) => {
    expect(read(text)).toEqual([claims, setAside]);
  });

  it('says in the claim which sentences were taken and why', () => {
    const [claim] = readArticle([
      'Ada 14 pejabat yang dilantik. Untuk jabatan administrator ada tiga orang. Sisanya sebelas orang pejabat pengawas.',
    ]);
    expect(claim).toMatchObject({
      total: 14,
      text: 'Ada 14 pejabat yang dilantik. Untuk jabatan administrator ada tiga orang. Sisanya sebelas orang pejabat pengawas.',
      reason: 'appointed ("dilantik"); its parts from the sentences after it',
    });
  });
});

describe('qualifiers before a number', () => {
  it.each([
    ['sekitar', 'approximately'],
    ['kurang lebih', 'approximately'],
    ['sebanyak kurang lebih', 'approximately'],
    ['sedikitnya', 'at-least'],
    ['paling sedikit', 'at-least'],
    ['tidak kurang dari', 'at-least'],
    ['lebih dari', 'more-than'],
    ['tidak lebih dari', 'at-most'],
    ['paling banyak', 'at-most'],
    ['sebanyak', undefined],
    ['total', undefined],
  ])('%s', (before, qualifier) => {
    expect(qualifierBefore(`Gubernur melantik ${before} `)).toBe(qualifier);
  });
});

describe('sentences', () => {
  it('a period after a title or an initial does not end a sentence', () => {
    expect(
      sentences(
        'Pj. Bupati Tapin, Drs. H. M. Ahmad, S.H., melantik pejabat. Pelantikan berlangsung khidmat.',
      ),
    ).toEqual([
      'Pj. Bupati Tapin, Drs. H. M. Ahmad, S.H., melantik pejabat.',
      'Pelantikan berlangsung khidmat.',
    ]);
  });

  it('an SK number with dots stays whole', () => {
    expect(sentences('Berdasarkan SK Nomor 800.1.3.3/03-02/BKD/2026. Pelantikan selesai.')).toHaveLength(2);
  });
});
