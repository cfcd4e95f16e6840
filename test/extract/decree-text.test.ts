import { describe, expect, it } from 'vitest';
import { extractDecreeText, isAttachmentStart, mentionsAttachment } from '../../src/extract/decree-text.js';
import type { TextLine } from '../../src/extract/text-lines.js';

/** Pages of text, one visual line per text line, into TextLines (pages numbered from 1). */
function pdf(...pages: string[]): TextLine[] {
  return pages.flatMap((page, i) => page.split('\n').map((text) => ({ page: i + 1, text })));
}

// One-line label layout, no NIP under the signature, lampiran block repeated on each lampiran page.
const GUBERNUR = pdf(
  `SALINAN
  KEPUTUSAN GUBERNUR KALIMANTAN SELATAN
  NOMOR 800.1.3.3/03-02/BKD/2026
  TENTANG
  PENGANGKATAN DALAM JABATAN ADMINISTRATOR, JABATAN PENGAWAS
  DAN JABATAN FUNGSIONAL DI LINGKUNGAN PEMERINTAH
  PROVINSI   KALIMANTAN SELATAN
  DENGAN RAHMAT TUHAN YANG MAHA ESA
  GUBERNUR KALIMANTAN SELATAN,
  Menimbang : a. bahwa dalam rangka mengisi kekosongan jabatan administrator, jabatan pengawas
  dan jabatan fungsional di lingkungan Pemerintah Provinsi Kalimantan Selatan, perlu
  mengangkat Pegawai Negeri Sipil dalam jabatan;
  b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan
  Keputusan Gubernur tentang Pengangkatan Dalam Jabatan;
  Halaman 1 dari 5`,
  `- 2 -
  Mengingat : 1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara (Lembaran
  Negara Republik Indonesia Tahun 2023 Nomor 141);
  2. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil;
  MEMUTUSKAN:
  Menetapkan : KEPUTUSAN GUBERNUR KALIMANTAN SELATAN TENTANG PENGANGKATAN DALAM
  JABATAN ADMINISTRATOR, JABATAN PENGAWAS DAN JABATAN FUNGSIONAL.
  KESATU : Mengangkat Pegawai Negeri Sipil sebanyak 292 (dua ratus sembilan puluh dua) orang
  yang namanya tercantum dalam Lampiran Keputusan ini, terdiri atas:
  a. Jabatan Administrator (Eselon III) sebanyak 200 (dua ratus) orang;`,
  `- 3 -
  b. Jabatan Pengawas (Eselon IV) sebanyak 85 (delapan puluh lima) orang;
  c. Jabatan Fungsional sebanyak 7 (tujuh) orang.
  KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.
  Ditetapkan di Banjarmasin
  pada tanggal 6 Februari 2026
  GUBERNUR KALIMANTAN SELATAN,
  ttd.
  H. MUHIDIN
  Tembusan Yth.:
  1. Menteri Dalam Negeri di Jakarta;
  2. Kepala Badan Kepegawaian Negara di Jakarta.
  Halaman 3 dari 5`,
  `LAMPIRAN KEPUTUSAN GUBERNUR KALIMANTAN SELATAN
  NOMOR : 800.1.3.3/03-02/BKD/2026
  TANGGAL : 6 FEBRUARI 2026
  DAFTAR NAMA PEJABAT ADMINISTRATOR, PENGAWAS DAN FUNGSIONAL
  NO NAMA / NIP PANGKAT / GOL. RUANG JABATAN LAMA JABATAN BARU ESELON KET
  1 Drs. AHMAD FAUZI, M.Si. Pembina Tk. I (IV/b) Kepala Bidang Kepala Biro III.a
  Halaman 4 dari 5`,
  `LAMPIRAN KEPUTUSAN GUBERNUR KALIMANTAN SELATAN
  NOMOR : 800.1.3.3/03-02/BKD/2026
  TANGGAL : 6 FEBRUARI 2026
  2 Hj. SITI AMINAH, S.E. Penata Tk. I (III/d) Kepala Seksi Kepala Bagian III.b
  GUBERNUR KALIMANTAN SELATAN,
  ttd.
  H. MUHIDIN
  Halaman 5 dari 5`,
);

// Split-line label layout (label, colon, letter and text on separate lines), rank line and NIP.
const BUPATI = pdf(
  `KEPUTUSAN BUPATI BANJAR
  NOMOR : 821.2/Kep.97-BKD/XII/2025
  TENTANG
  PENGANGKATAN PEJABAT ADMINISTRATOR DAN PENGAWAS
  DI LINGKUNGAN PEMERINTAH KABUPATEN BANJAR
  DENGAN RAHMAT TUHAN YANG MAHA ESA
  BUPATI BANJAR,
  Menimbang
  :
  a.
  bahwa untuk kelancaran pelaksanaan tugas pemerintahan perlu mengangkat pejabat;
  Mengingat
  :
  1.
  Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;
  MEMUTUSKAN :
  Menetapkan
  :
  KEPUTUSAN BUPATI BANJAR TENTANG PENGANGKATAN PEJABAT ADMINISTRATOR DAN PENGAWAS.
  KESATU
  :
  Mengangkat Pegawai Negeri Sipil sebanyak 20 (dua puluh) orang dengan rincian
  12 (dua belas) orang dalam Jabatan Administrator dan 8 (delapan) orang dalam
  Jabatan Pengawas sebagaimana tercantum dalam Lampiran Keputusan ini.
  2`,
  `KEDUA
  :
  Keputusan ini mulai berlaku pada tanggal ditetapkan.
  Ditetapkan di
  :
  Martapura
  pada tanggal
  :
  15 DESEMBER 2025
  BUPATI BANJAR,
  ttd.
  Pembina Utama Madya
  H. SAIDI MANSYUR
  NIP. 19700512 199503 1 002
  Salinan sesuai dengan aslinya
  KEPALA BAGIAN HUKUM,`,
  `LAMPIRAN
  KEPUTUSAN BUPATI BANJAR
  NOMOR
  :
  821.2/Kep.97-BKD/XII/2025
  TANGGAL
  :
  15 Desember 2025
  DAFTAR NAMA PEJABAT ADMINISTRATOR DAN PENGAWAS`,
);

// Mayor's decree: `pada tanggal : 06 ...` with colon, issuer from the title, `Pj.` signer with NIP on the name line.
const WALI_KOTA = pdf(
  `KEPUTUSAN WALI KOTA BANJARMASIN
  NOMOR 800.1.3.3/Kep.411/BKPSDM/10/2025
  TENTANG PENGANGKATAN DALAM JABATAN FUNGSIONAL
  DENGAN RAHMAT TUHAN YANG MAHA ESA
  WALI KOTA BANJARMASIN,
  Menimbang : a. bahwa ...;
  MEMUTUSKAN:
  KESATU : Mengangkat 8 (delapan) orang, yaitu 4 (empat) pejabat administrator dan 4 (empat) pejabat
  fungsional, sebagaimana terlampir.
  Ditetapkan di : Banjarmasin
  pada tanggal : 06 OKTOBER 2025
  WALI KOTA BANJARMASIN,
  ttd
  H. M. YAMIN HR NIP. 19680101 199003 1 010`,
);

const project = (lines: readonly TextLine[]) => {
  const read = extractDecreeText(lines);
  return { ...read.decree, pages: `${read.bodyPages.join(',')}|${read.attachmentPages.join(',')}` };
};

describe('extractDecreeText', () => {
  it.each([
    [
      'governor, one-line labels',
      GUBERNUR,
      {
        number: '800.1.3.3/03-02/BKD/2026',
        numberRaw: '800.1.3.3/03-02/BKD/2026',
        date: '2026-02-06',
        place: 'Banjarmasin',
        issuer: 'GUBERNUR KALIMANTAN SELATAN',
        subject:
          'PENGANGKATAN DALAM JABATAN ADMINISTRATOR, JABATAN PENGAWAS DAN JABATAN FUNGSIONAL DI LINGKUNGAN PEMERINTAH PROVINSI KALIMANTAN SELATAN',
        signatory: 'H. MUHIDIN',
        pages: '1,2,3|4,5',
      },
    ],
    [
      'regent, split labels, rank and NIP',
      BUPATI,
      {
        number: '821.2/Kep.97-BKD/XII/2025',
        numberRaw: '821.2/Kep.97-BKD/XII/2025',
        date: '2025-12-15',
        place: 'Martapura',
        issuer: 'BUPATI BANJAR',
        subject: 'PENGANGKATAN PEJABAT ADMINISTRATOR DAN PENGAWAS DI LINGKUNGAN PEMERINTAH KABUPATEN BANJAR',
        signatory: 'H. SAIDI MANSYUR',
        pages: '1,2|3',
      },
    ],
    [
      'mayor, colon after pada tanggal, NIP on the name line',
      WALI_KOTA,
      {
        number: '800.1.3.3/Kep.411/BKPSDM/10/2025',
        numberRaw: '800.1.3.3/Kep.411/BKPSDM/10/2025',
        date: '2025-10-06',
        place: 'Banjarmasin',
        issuer: 'WALI KOTA BANJARMASIN',
        subject: 'PENGANGKATAN DALAM JABATAN FUNGSIONAL',
        signatory: 'H. M. YAMIN HR',
        pages: '1|',
      },
    ],
  ])('%s', (_name, lines, expected) => {
    expect(project(lines)).toEqual(expected);
  });

  it.each([
    ['governor', GUBERNUR, '800.1.3.3/03-02/BKD/2026|800.1.3.3/03-02/BKD/2026|2026-02-06|4', true],
    [
      'regent, block on separate lines',
      BUPATI,
      '821.2/Kep.97-BKD/XII/2025|821.2/Kep.97-BKD/XII/2025|2025-12-15|3',
      true,
    ],
    ['mayor, no lampiran pages', WALI_KOTA, 'none', true],
  ])('attachment block and mention: %s', (_name, lines, block, mentions) => {
    const read = extractDecreeText(lines);
    const b = read.attachmentBlock;
    expect(b ? `${b.number}|${b.numberRaw}|${b.date}|${b.page}` : 'none').toBe(block);
    expect(read.mentionsAttachment).toBe(mentions);
  });

  it('reads the issuer after DENGAN RAHMAT when the title is missing, and a Pj. issuer', () => {
    const read = extractDecreeText(
      pdf(`PETIKAN
      NOMOR    188.45/ 49 /Kpts/433.013/2023
      DENGAN RAHMAT TUHAN YANG MAHA ESA
      Pj. BUPATI TAPIN,
      MEMUTUSKAN:
      Menetapkan : KEPUTUSAN BUPATI TAPIN TENTANG PEMBERHENTIAN DARI JABATAN.
      KESATU : Memberhentikan Sdr. RAHMAN dari Jabatan Kepala Seksi.
      Ditetapkan di Rantau
      pada tanggal 3 Maret 2023
      Pj. BUPATI TAPIN,
      ttd.
      Drs. H. AHMAD SYARIFUDDIN, M.Si.`),
    );
    expect(read.decree).toEqual({
      number: '188.45/49/Kpts/433.013/2023',
      numberRaw: '188.45/ 49 /Kpts/433.013/2023',
      date: '2023-03-03',
      place: 'Rantau',
      issuer: 'Pj. BUPATI TAPIN',
      subject: 'PEMBERHENTIAN DARI JABATAN',
      signatory: 'Drs. H. AHMAD SYARIFUDDIN, M.Si.',
    });
    expect(read.mentionsAttachment).toBe(false);
  });

  it('falls back to the first date after MEMUTUSKAN when there is no `pada tanggal`', () => {
    const read = extractDecreeText(
      pdf(`KEPUTUSAN BUPATI TAPIN
      NOMOR 821/0842/KPTS/BKPSDM/2025
      MEMUTUSKAN:
      KESATU : Terhitung mulai tanggal 1 Maret 2025 mengangkat Sdr. X.`),
    );
    expect([read.decree.date, read.decree.place, read.decree.signatory]).toEqual(['2025-03-01', null, null]);
  });

  it('keeps a number without slashes as printed, and joins a wrapped title', () => {
    const read = extractDecreeText(
      pdf(`KEPUTUSAN BUPATI HULU SUNGAI
      SELATAN
      NOMOR: 188.45 49 Kpts 2023
      TENTANG : MUTASI JABATAN.
      Menimbang : a. bahwa`),
    );
    expect([read.decree.issuer, read.decree.numberRaw, read.decree.subject]).toEqual([
      'BUPATI HULU SUNGAI SELATAN',
      '188.45 49 Kpts 2023',
      'MUTASI JABATAN',
    ]);
  });

  it('reads number and subject from a one-line title', () => {
    const read = extractDecreeText(
      pdf(`KEPUTUSAN BUPATI BANJAR NOMOR 821/0842/KPTS/BKPSDM/2025 TENTANG MUTASI JABATAN
      Menimbang : a. bahwa`),
    );
    expect([read.decree.issuer, read.decree.number, read.decree.subject]).toEqual([
      'BUPATI BANJAR',
      '821/0842/KPTS/BKPSDM/2025',
      'MUTASI JABATAN',
    ]);
  });

  it.each([
    ['title, ttd, name', 'GUBERNUR KALIMANTAN SELATAN,\nttd.\nH. MUHIDIN', 'H. MUHIDIN'],
    [
      'name, rank, NIP',
      'BUPATI BANJAR,\nttd\nH. SAIDI MANSYUR\nPembina Utama Madya\nNIP. 19700512 199503 1 002',
      'H. SAIDI MANSYUR',
    ],
    [
      'rank, name, NIP',
      'BUPATI BANJAR,\n( ttd )\nPembina Utama Madya\nH. SAIDI MANSYUR\nNIP 19700512199503 1 002',
      'H. SAIDI MANSYUR',
    ],
    [
      'a.n. and a secretary, back titles',
      'a.n. GUBERNUR KALIMANTAN SELATAN\nSEKRETARIS DAERAH,\nttd.\nDr. H. ROY RIZALI ANWAR, S.STP., M.AP.\nPembina Utama (IV/e)\nNIP. 19710101 199303 1 005',
      'Dr. H. ROY RIZALI ANWAR, S.STP., M.AP.',
    ],
    [
      'page break and footer in the block',
      'WALI KOTA BANJARMASIN,\nHalaman 3 dari 4\nttd\nH. M. YAMIN HR',
      'H. M. YAMIN HR',
    ],
    [
      'no name before Tembusan',
      'GUBERNUR KALIMANTAN SELATAN,\nttd.\nTembusan:\n1. Menteri Dalam Negeri',
      null,
    ],
  ])('signatory: %s', (_name, block, expected) => {
    const read = extractDecreeText(
      pdf(
        `MEMUTUSKAN:\nKESATU : Mengangkat Sdr. X.\nDitetapkan di Banjarmasin\npada tanggal 6 Februari 2026\n${block}`,
      ),
    );
    expect(read.decree.signatory).toBe(expected);
  });

  it.each([
    ['empty input', [] as TextLine[]],
    ['only blank lines and footers', pdf('   \n- 1 -\nHalaman 1 dari 1')],
    ['unrelated prose', pdf('Lorem ipsum dolor sit amet\nNomor telepon 0511')],
  ])('does not throw on %s and finds nothing', (_name, lines) => {
    const read = extractDecreeText(lines);
    expect(Object.values(read.decree).every((v) => v === null)).toBe(true);
    expect([read.attachmentPages, read.attachmentBlock, read.mentionsAttachment]).toEqual([[], null, false]);
  });
});

describe('isAttachmentStart', () => {
  it.each([
    [
      'LAMPIRAN KEPUTUSAN GUBERNUR KALIMANTAN SELATAN\nNOMOR : 800/1/BKD/2026\nTANGGAL : 6 FEBRUARI 2026',
      true,
    ],
    ['Halaman 4 dari 5\nLAMPIRAN\nKEPUTUSAN BUPATI BANJAR\nNOMOR\n:\n821.2/97/2025', true],
    ['LAMPIRAN I : KEPUTUSAN WALI KOTA BANJARMASIN\nTanggal : 6 Oktober 2025', true],
    ['LAMPIRAN KEPUTUSAN BUPATI TAPIN NOMOR : 800/1/2025 TANGGAL : 1 MARET 2025', true],
    ['KESATU : Mengangkat pegawai yang namanya tercantum dalam\nLampiran Keputusan ini.', false],
    ['Lampiran Keputusan ini merupakan bagian yang tidak terpisahkan\ndari Keputusan ini.', false],
    ['LAMPIRAN KEPUTUSAN GUBERNUR KALIMANTAN SELATAN\nDAFTAR NAMA PEJABAT', false],
    ['a\nb\nc\nd\ne\nf\ng\nh\nLAMPIRAN KEPUTUSAN GUBERNUR\nNOMOR : 800/1/2026', false],
  ])('%j -> %s', (text, expected) => {
    expect(isAttachmentStart(pdf(text))).toBe(expected);
  });
});

describe('a short decree without preamble', () => {
  it('ends the subject where the capitals end, not at the first dictum', () => {
    const text = extractDecreeText(
      pdf(`KEPUTUSAN BUPATI BANJAR
      NOMOR 821.2/Kep.97-BKD/XII/2025
      TENTANG
      PENGANGKATAN DALAM JABATAN ADMINISTRATOR
      KESATU : Mengangkat Pegawai Negeri Sipil sebanyak 3 (tiga) orang.
      Ditetapkan di Martapura
      pada tanggal 6 Desember 2025`),
    );
    expect(text.decree.subject).toBe('PENGANGKATAN DALAM JABATAN ADMINISTRATOR');
    expect(text.decree.date).toBe('2025-12-06');
  });
});

describe('the decree number: taken only when it fits the SK-number grammar', () => {
  const decree = (numberLine: string) =>
    extractDecreeText(
      pdf(`KEPUTUSAN BUPATI TAPIN
      ${numberLine}
      TENTANG
      PENGANGKATAN DALAM JABATAN
      DENGAN RAHMAT TUHAN YANG MAHA ESA`),
    ).decree;

  it.each([
    ['NOMOR : 188.45/2081 /BKPP/2016', '188.45/2081/BKPP/2016'],
    ['NOMOR : 188.45/ /HK/2024', '188.45//HK/2024'],
    ['Nomor : 821.2/197 Tahun 2020', '821.2/197 Tahun 2020'],
    ['NOMOR : 460 / 218 / 438.5.12 / 2026', '460/218/438.5.12/2026'],
    ['NOMOR: 188.45 49 Kpts 2023', '188.45 49 Kpts 2023'],
    ['Nomor. 800.1.3.3/Kep.411/BKPSDM/10/2025', '800.1.3.3/Kep.411/BKPSDM/10/2025'],
    ['No. 821/0842/KPTS/BKPSDM/2025', '821/0842/KPTS/BKPSDM/2025'],
    ['NOMOR 800/ 193 /P3I/BKPSDM/2025', '800/193/P3I/BKPSDM/2025'],
  ])('%j -> %j', (line, number) => {
    expect(decree(line).number).toBe(number);
  });

  it.each([
    ['a phone number', 'Nomor Telepon : 0511-4721234'],
    ['a phone number after No.', 'No. HP 0812 5123 4567'],
    ['a counted list', 'No. 1 2 3'],
    ['a house number', 'Jalan A. Yani No. 12/A Rantau'],
    [
      'an address, then running text',
      'Jalan Pangeran Hidayatullah Nomor 12 Martapura 70614, Telepon (0511) 4721234',
    ],
  ])('none for %s', (_name, line) => {
    expect([decree(line).number, decree(line).numberRaw]).toEqual([null, null]);
  });

  it('skips an address `Nomor` for the number after it', () => {
    const read = extractDecreeText(
      pdf(`Jalan Brigjend H. Hasan Basry No. 45 Rantau
      KEPUTUSAN BUPATI TAPIN
      NOMOR : 188.45/2081 /BKPP/2016
      TENTANG
      MUTASI JABATAN
      DENGAN RAHMAT TUHAN YANG MAHA ESA`),
    );
    expect(read.decree.number).toBe('188.45/2081/BKPP/2016');
  });

  it('takes a lampiran printed on its own: the number and date of its LAMPIRAN block', () => {
    const read = extractDecreeText(
      pdf(`LAMPIRAN : KEPUTUSAN BUPATI TAPIN
      NOMOR : 188.45/2081 /BKPP/2016
      TANGGAL : 12 SEPTEMBER 2016
      DAFTAR NAMA PEJABAT ADMINISTRATOR
      NO NAMA/NIP JABATAN BARU KET`),
    );
    expect([read.bodyPages, read.attachmentPages]).toEqual([[], [1]]);
    expect([read.decree.number, read.decree.numberRaw, read.decree.date]).toEqual([
      '188.45/2081/BKPP/2016',
      '188.45/2081 /BKPP/2016',
      '2016-09-12',
    ]);
    expect(read.notADecree).toBeNull();
  });
});

describe('not a decree', () => {
  const RECAP = `PEMERINTAH KABUPATEN BANJAR
  DINAS KESEHATAN
  Jalan Pangeran Hidayatullah Nomor 12 Martapura 70614, Telepon (0511) 4721234
  REKAPITULASI KEHADIRAN PEGAWAI
  BULAN JANUARI 2026
  NO NAMA NIP GOL. HADIR SAKIT IZIN CUTI TK DL KET
  1 NI MADE AYU LESTARI, S.Pd. 19790325 200201 2 030 III/c 17 - 2 - - 1
  2 YULIANA SARI, S.STP. 19690620 199810 2 005 III/c 20 - - - - -
  Martapura, 2 Februari 2026
  Kepala Dinas Kesehatan,
  dr. H. RAHMAT HIDAYAT, M.Kes.
  NIP. 19720315 200003 1 004`;

  it('says what a recap looks like, and takes no number from it', () => {
    const read = extractDecreeText(pdf(RECAP));
    expect(read.notADecree?.message).toBe(
      'no decree heading (KEPUTUSAN ...), dictum (MEMUTUSKAN, KESATU ...) or LAMPIRAN block: this looks like an attendance recap (REKAPITULASI KEHADIRAN), not a decree',
    );
    expect([read.decree.number, read.decree.numberRaw]).toEqual([null, null]);
  });

  it.each([
    ['DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL', 'a seniority list (DAFTAR URUT KEPANGKATAN)'],
    ['DAFTAR PEMBAYARAN TAMBAHAN PENGHASILAN PEGAWAI', 'an allowance list (TAMBAHAN PENGHASILAN PEGAWAI)'],
    ['Rekap Absensi Bulan Maret', 'an attendance recap (REKAP ABSENSI)'],
    ['BAGAN STRUKTUR ORGANISASI DINAS', 'an organisation chart (STRUKTUR ORGANISASI)'],
    ['PENGUMUMAN HASIL SELEKSI ADMINISTRASI', 'an announcement (PENGUMUMAN)'],
    ['NO NOMOR PESERTA NAMA JABATAN YANG DILAMAR', 'an announcement (NOMOR PESERTA)'],
    ['SURAT PERINTAH TUGAS', 'a letter (SURAT PERINTAH TUGAS)'],
    ['Nota Dinas', 'a letter (NOTA DINAS)'],
  ])('%j: %s', (title, kind) => {
    const read = extractDecreeText(pdf(`PEMERINTAH KABUPATEN TAPIN\n${title}\nNO NAMA NIP`));
    expect(read.notADecree?.message).toMatch(
      new RegExp(`: this looks like ${kind.replace(/[()]/g, '\\$&')}, not a decree$`),
    );
  });

  it('says so without guessing when the title is unknown', () => {
    expect(extractDecreeText(pdf('PEMERINTAH KABUPATEN TAPIN\nNO NAMA NIP')).notADecree?.message).toMatch(
      /: this does not look like a decree$/,
    );
  });

  it.each([
    ['a heading', 'KEPUTUSAN BUPATI TAPIN\nNOMOR 800/1/BKD/2026'],
    ['a PETIKAN heading', 'PETIKAN\nKEPUTUSAN WALI KOTA BANJARMASIN'],
    ['MEMUTUSKAN', 'PEMERINTAH KABUPATEN TAPIN\nMEMUTUSKAN:\nMengangkat Sdr. X.'],
    ['Menetapkan', 'Menetapkan : PENGANGKATAN DALAM JABATAN'],
    ['a dictum', 'PEMERINTAH KABUPATEN TAPIN\nKESATU : Mengangkat Sdr. X.'],
    ['a LAMPIRAN block', 'LAMPIRAN KEPUTUSAN BUPATI TAPIN\nNOMOR : 800/1/BKD/2026\nDAFTAR NAMA'],
  ])('is a decree with %s', (_name, text) => {
    expect(extractDecreeText(pdf(text)).notADecree).toBeNull();
  });

  it('is a decree: every decree text above', () => {
    for (const lines of [GUBERNUR, BUPATI]) expect(extractDecreeText(lines).notADecree).toBeNull();
  });
});

describe('mentionsAttachment', () => {
  it.each([
    'sebagaimana tercantum dalam Lampiran Keputusan ini',
    'daftar nama terlampir',
    'sebagaimana tercantum pada l,ampiran',
    "tercantum pada l'ampiran",
    'tercantum pada Lampi,ran Keputusan ini',
    'tercantum pada Iampiran',
    'tercantum pada 1ampiran',
    'tercantum dalam LAMPI.RAN',
    'tercantum dalam ,lampiran',
    'daftar nama ter1ampir',
  ])('reads a mention, OCR damage allowed: %s', (text) => {
    expect(mentionsAttachment(text)).toBe(true);
  });

  it.each([
    'bait sampiran dan isi',
    'sudah hampir selesai',
    'dilampirkan kemudian',
    'lampu jalan',
    'l,,ampiran',
    'Iampir',
    'ke2lampiran',
  ])('takes no other word for it: %s', (text) => {
    expect(mentionsAttachment(text)).toBe(false);
  });
});
