import { describe, expect, it } from 'vitest';
import { type AmountRead, extractClaims } from '../../src/extract/claims.js';
import type { TextLine } from '../../src/extract/text-lines.js';
import type { Claim } from '../../src/model.js';

function pdf(...pages: string[]): TextLine[] {
  return pages.flatMap((page, i) => page.split('\n').map((text) => ({ page: i + 1, text })));
}

const QUALIFIER: Record<NonNullable<Claim['qualifier']>, string> = {
  approximately: '~',
  'at-least': '>=',
  'more-than': '>',
  'at-most': '<=',
};

/** `292=200 III+85 IV+7 fungsional`, with `~`/`>=`/`>`/`<=` for a qualifier and `@page`. */
const claimsOf = (claims: readonly Claim[]) =>
  claims.map((c) => {
    const q = c.qualifier ? QUALIFIER[c.qualifier] : '';
    return `${q}${c.total}=${c.parts.map((p) => `${p.count} ${p.level}`).join('+')}@${c.page ?? '-'}`;
  });
const labelsOf = (claims: readonly Claim[]) => claims.flatMap((c) => c.parts.map((p) => p.label));
const amountsOf = (amounts: readonly AmountRead[]) =>
  amounts.map((a) => `${a.digits}/${a.words ?? 'null'}@${a.page}`);

// The body of a governor's decree: the first dictum runs over a page break with footers in between.
const GUBERNUR = pdf(
  `KEPUTUSAN GUBERNUR KALIMANTAN SELATAN
  NOMOR 800.1.3.3/03-02/BKD/2026
  Mengingat : 1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara (Lembaran
  Negara Republik Indonesia Tahun 2023 Nomor 141, Tambahan Lembaran Negara Nomor 6897);
  MEMUTUSKAN:
  Menetapkan : KEPUTUSAN GUBERNUR KALIMANTAN SELATAN TENTANG PENGANGKATAN DALAM JABATAN.
  KESATU : Mengangkat Pegawai Negeri Sipil sebanyak 292 (dua ratus sembilan puluh dua) orang
  yang namanya tercantum dalam Lampiran Keputusan ini, terdiri atas:
  Halaman 2 dari 3`,
  `- 3 -
  a. Jabatan Administrator (Eselon III) sebanyak 200 (dua ratus) orang;
  b. Jabatan Pengawas (Eselon IV) sebanyak 85 (delapan puluh lima) orang;
  c. Jabatan Fungsional sebanyak 7 (tujuh) orang.
  KEDUA : Kepada 292 (dua ratus sembilan puluh dua) orang pejabat sebagaimana dimaksud dalam Diktum
  KESATU diberikan hak kepegawaian sesuai ketentuan.
  KETIGA : Pejabat wajib dilantik paling lambat 30 (tiga puluh) hari sejak Keputusan ini ditetapkan.
  KEEMPAT : Keputusan ini mulai berlaku pada tanggal ditetapkan.
  Ditetapkan di Banjarmasin
  pada tanggal 6 Februari 2026
  GUBERNUR KALIMANTAN SELATAN,
  ttd.
  H. MUHIDIN
  Tembusan: 1 (satu) rangkap untuk arsip.`,
);

// Split-line layout: dictum label, colon and each lettered part on lines of their own.
const BUPATI = pdf(`MEMUTUSKAN :
  Menetapkan
  :
  KEPUTUSAN BUPATI BANJAR TENTANG PENGANGKATAN PEJABAT.
  KESATU
  :
  Mengangkat Pegawai Negeri Sipil sebanyak 20 (dua puluh) orang dengan rincian
  12 (dua belas) orang dalam Jabatan Administrator dan 8 (delapan) orang dalam
  Jabatan Pengawas sebagaimana tercantum dalam Lampiran Keputusan ini.
  KEDUA
  :
  Mengangkat 10 (sepuluh) orang terdiri dari
  a.
  Jabatan Pimpinan Tinggi Pratama
  :
  2 (dua) orang;
  b.
  Jabatan Pelaksana
  :
  8 (delapan) orang.
  Ditetapkan di Martapura`);

const dicta = (text: string) => pdf(`MEMUTUSKAN:\n${text}\nDitetapkan di Banjarmasin`);

describe('extractClaims', () => {
  it('reads a lettered breakdown split over pages, and skips a repeated total', () => {
    const read = extractClaims(GUBERNUR);
    expect(claimsOf(read.claims)).toEqual(['292=200 III+85 IV+7 fungsional@1']);
    expect(labelsOf(read.claims)).toEqual([
      'Jabatan Administrator (Eselon III)',
      'Jabatan Pengawas (Eselon IV)',
      'Jabatan Fungsional',
    ]);
    expect(read.claims[0]?.text).toMatch(
      /^Mengangkat Pegawai Negeri Sipil sebanyak 292 .* 7 \(tujuh\) orang\.$/,
    );
    // Law references in Mengingat and the Tembusan after the signature are not dicta.
    expect(amountsOf(read.amounts)).toEqual([
      '292/292@1',
      '200/200@2',
      '85/85@2',
      '7/7@2',
      '292/292@2',
      '30/30@2',
    ]);
  });

  it('reads past a stop before a lowercase `orang` (a speck on a scan), not before a new sentence', () => {
    const speck = pdf(`MEMUTUSKAN:
KESATU : Mengangkat Pegawai Negeri Sipil sebanyak 16 (enam belas). orang dalam jabatan, terdiri atas:
a. Jabatan Administrator sebanyak 8 (delapan) orang; b. Jabatan Pengawas sebanyak 8 (delapan) orang.`);
    expect(claimsOf(extractClaims(speck).claims)).toEqual(['16=8 III+8 IV@1']);
    const sentence = pdf(`MEMUTUSKAN:
KESATU : Biaya dibebankan pada 16 (enam belas). Orang yang diangkat sebanyak 3 (tiga) orang.`);
    expect(claimsOf(extractClaims(sentence).claims)).toEqual(['3=@1']);
  });

  it('reads split-line dicta: `dengan rincian ... dalam ...` and colon-separated lettered parts', () => {
    const read = extractClaims(BUPATI);
    expect(claimsOf(read.claims)).toEqual(['20=12 III+8 IV@1', '10=2 II+8 pelaksana@1']);
    expect(labelsOf(read.claims)).toEqual([
      'Jabatan Administrator',
      'Jabatan Pengawas',
      'Jabatan Pimpinan Tinggi Pratama',
      'Jabatan Pelaksana',
    ]);
  });

  it.each([
    [
      'yaitu with the level after the pair',
      'KESATU : Mengangkat 8 (delapan) orang, yaitu 4 (empat) pejabat administrator dan 4 (empat) pejabat fungsional.',
      ['8=4 III+4 fungsional@1'],
      ['pejabat administrator', 'pejabat fungsional'],
    ],
    [
      'terdiri atas with comma-separated parts, label after the pair',
      'KESATU : Mengangkat 292 (dua ratus sembilan puluh dua) orang terdiri atas 200 (dua ratus) orang Jabatan Administrator, 85 (delapan puluh lima) orang Jabatan Pengawas, dan 7 (tujuh) orang Jabatan Fungsional.',
      ['292=200 III+85 IV+7 fungsional@1'],
      ['Jabatan Administrator', 'Jabatan Pengawas', 'Jabatan Fungsional'],
    ],
    [
      'numbered parts with a hyphenated line break',
      'KESATU : Mengangkat 5 (lima) orang terdiri atas:\n1. Jabatan Pengawas sebanyak 3 (tiga) orang;\n2. Jabatan Fung-\nsional sebanyak 2 (dua) orang.',
      ['5=3 IV+2 fungsional@1'],
      ['Jabatan Pengawas', 'Jabatan Fungsional'],
    ],
    [
      'total without parts',
      'KESATU : Mengangkat Pegawai Negeri Sipil sebanyak 15 (lima belas) orang dalam jabatan sebagaimana tercantum dalam Lampiran.',
      ['15=@1'],
      [],
    ],
    [
      'parts without a marker, taken because they add up',
      'KESATU : Melantik 9 (sembilan) orang pejabat, 5 (lima) orang sebagai Pengawas (Eselon IV.a) dan 4 (empat) orang sebagai Jabatan Fungsional Ahli Muda.',
      ['9=5 IV+4 fungsional@1'],
      ['Pengawas (Eselon IV.a)', 'Jabatan Fungsional Ahli Muda'],
    ],
    [
      'later pairs that do not add up are claims of their own',
      'KESATU : Memberhentikan 3 (tiga) orang dari jabatannya dan mengangkat 5 (lima) orang dalam jabatan baru.',
      ['3=@1', '5=@1'],
      [],
    ],
    [
      'a label the level map does not know',
      'KESATU : Mengangkat 3 (tiga) orang terdiri atas: a. Tenaga Ahli sebanyak 2 (dua) orang; b. Staf Khusus sebanyak 1 (satu) orang.',
      ['3=2 unknown+1 unknown@1'],
      ['Tenaga Ahli', 'Staf Khusus'],
    ],
    [
      'qualifier before the total',
      'KESATU : Mengangkat sekitar 40 (empat puluh) orang pejabat.\nKEDUA : Mengangkat sedikitnya 5 (lima) orang.\nKETIGA : Mengangkat lebih dari 6 (enam) orang.\nKEEMPAT : Paling banyak 7 (tujuh) orang.',
      ['~40=@1', '>=5=@1', '>6=@1', '<=7=@1'],
      [],
    ],
    [
      'no claim: a single person',
      'KESATU : Mengangkat Sdr. Drs. RAHMAN, M.Si. NIP. 19700512 199503 1 002 dalam Jabatan Kepala Dinas.\nKEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.',
      [],
      [],
    ],
  ])('%s', (_name, text, expectedClaims, expectedLabels) => {
    const read = extractClaims(dicta(text));
    expect(claimsOf(read.claims)).toEqual(expectedClaims);
    expect(labelsOf(read.claims)).toEqual(expectedLabels);
  });

  it.each([
    ['digits and words disagree', 'sebanyak 100 (seratus sepuluh) orang', ['100/110@1'], ['100=@1']],
    ['words unreadable', 'sebanyak 20 (dua pulu) orang', ['20/null@1'], ['20=@1']],
    ['unclosed bracket', 'sebanyak 12 (dua belas orang', ['12/12@1'], ['12=@1']],
    [
      'a part that disagrees',
      'Mengangkat 8 (delapan) orang, yaitu 4 (lima) pejabat administrator',
      ['8/8@1', '4/5@1'],
      ['8=4 III@1'],
    ],
    ['a period, not people', 'dilantik dalam waktu 6 (enam) bulan', ['6/6@1'], []],
    [
      'law references',
      'sesuai Peraturan Daerah Nomor 11 Tahun 2016 (Lembaran Daerah Tahun 2016 Nomor 11) Pasal 3 ayat (2)',
      [],
      [],
    ],
    ['money and numbered paragraphs', 'sebesar Rp 1.000.000 (satu juta rupiah), Pasal 12 (1)', [], []],
    [
      'thousands separator',
      'sebanyak 1.250 (seribu dua ratus lima puluh) orang',
      ['1250/1250@1'],
      ['1250=@1'],
    ],
  ])('amounts: %s', (_name, text, expectedAmounts, expectedClaims) => {
    const read = extractClaims(dicta(`KESATU : ${text}.`));
    expect(amountsOf(read.amounts)).toEqual(expectedAmounts);
    expect(claimsOf(read.claims)).toEqual(expectedClaims);
  });

  it('gives each claim the text of its own clause', () => {
    const read = extractClaims(
      dicta(
        'KESATU : Memberhentikan 3 (tiga) orang dari jabatannya dan mengangkat 5 (lima) orang dalam jabatan baru.',
      ),
    );
    expect(read.claims.map((c) => c.text)).toEqual([
      'Memberhentikan 3 (tiga) orang dari jabatannya',
      'dan mengangkat 5 (lima) orang dalam jabatan baru.',
    ]);
  });

  it('reads the whole text when there is no MEMUTUSKAN and no dictum label', () => {
    const read = extractClaims(pdf('Gubernur melantik 282 (dua ratus delapan puluh dua) orang pejabat.'));
    expect(claimsOf(read.claims)).toEqual(['282=@1']);
  });

  it('keeps title-case prose that starts with an ordinal inside its dictum', () => {
    const read = extractClaims(
      dicta(
        'KESATU : Mengangkat 2 (dua) orang pejabat\nKedua orang tersebut terdiri atas 1 (satu) orang Administrator\ndan 1 (satu) orang Pengawas.',
      ),
    );
    expect(claimsOf(read.claims)).toEqual(['2=1 III+1 IV@1']);
  });

  it.each([
    ['empty input', [] as TextLine[]],
    ['only MEMUTUSKAN', pdf('MEMUTUSKAN:')],
    ['footers only', pdf('- 1 -\nHalaman 1 dari 1')],
  ])('does not throw on %s', (_name, lines) => {
    expect(extractClaims(lines)).toEqual({ claims: [], amounts: [] });
  });
});
