import type { Level } from '../domain/level.js';
import { AUDIT_MESSAGES } from './audit-messages.js';
import { type NipSaid, renderNip } from './nip-problems.js';
import { READER_MESSAGES } from './reader-messages.js';
import { levelText, type NoParams, placeText, tanggal, text } from './words.js';

type Place = { page?: number | undefined; row: number };

const sum = (parts: readonly number[]) => parts.reduce((total, part) => total + part, 0);

/** What else a PDF with names and NIPs tends to be (DOMAIN.md section 1). */
export const OTHER_DOCUMENTS = {
  attendance: { en: 'an attendance recap', id: 'rekapitulasi kehadiran' },
  allowance: { en: 'an allowance list', id: 'daftar tambahan penghasilan pegawai' },
  seniority: { en: 'a seniority list', id: 'daftar urut kepangkatan' },
  payroll: { en: 'a payroll or nominative list', id: 'daftar gaji atau daftar nominatif' },
  'org-chart': { en: 'an organisation chart', id: 'bagan struktur organisasi' },
  announcement: { en: 'an announcement', id: 'pengumuman' },
  letter: { en: 'a letter', id: 'surat' },
} as const;
export type OtherDocument = keyof typeof OTHER_DOCUMENTS;

/** Where a placeholder can be left: decree fields, the dicta, the body, and a lampiran row's columns. */
const PLACEHOLDER_FIELDS = {
  number: { en: 'the number', id: 'nomor' },
  subject: { en: 'the subject', id: 'tentang' },
  place: { en: 'the place of signing', id: 'tempat penetapan' },
  issuer: { en: 'the issuer', id: 'pejabat yang menetapkan' },
  signatory: { en: 'the signatory', id: 'nama penanda tangan' },
  dictum: { en: 'the dicta', id: 'diktum' },
  body: { en: 'the body text', id: 'batang tubuh' },
  no: { en: 'NO', id: 'NO' },
  name: { en: 'NAMA', id: 'NAMA' },
  nip: { en: 'NIP', id: 'NIP' },
  nameNip: { en: 'NAMA/NIP', id: 'NAMA/NIP' },
  grade: { en: 'GOL. RUANG', id: 'GOL. RUANG' },
  rank: { en: 'PANGKAT', id: 'PANGKAT' },
  rankGrade: { en: 'PANGKAT/GOL. RUANG', id: 'PANGKAT/GOL. RUANG' },
  echelon: { en: 'ESELON', id: 'ESELON' },
  positionOld: { en: 'JABATAN LAMA', id: 'JABATAN LAMA' },
  positionNew: { en: 'JABATAN BARU', id: 'JABATAN BARU' },
  unit: { en: 'UNIT KERJA', id: 'UNIT KERJA' },
  skNumber: { en: 'NOMOR SK', id: 'NOMOR SK' },
  notes: { en: 'KET', id: 'KET' },
} as const;
export type PlaceholderField = keyof typeof PLACEHOLDER_FIELDS;

const fieldList = (fields: readonly PlaceholderField[], lang: 'en' | 'id') =>
  fields.map((field) => PLACEHOLDER_FIELDS[field][lang]).join(', ');

/**
 * Every finding message, in English and Indonesian, from typed parameters. An id is the finding
 * code, or the code, `/` and the variant. The English is the `message` of machine formats: change it
 * and the goldens change.
 */
export const MESSAGES = {
  'amount-words-mismatch': text<{ digits: number; wordsText: string; words: number | null }>(
    (p) =>
      `${p.digits} (${p.wordsText}): the words ${p.words === null ? 'cannot be read as a number' : `say ${p.words}`}`,
    (p) =>
      `${p.digits} (${p.wordsText}): ${p.words === null ? 'terbilangnya tidak dapat dibaca sebagai angka' : `terbilangnya ${p.words}`}`,
  ),
  'attachment-missing': text<{ claimed: number | null; mentions: boolean }>(
    (p) => {
      const claim = p.claimed === null ? 'the decree' : `the decree says ${p.claimed} appointees and`;
      return p.mentions
        ? `${claim} refers to a lampiran, but no attachment table was read`
        : `${claim} no attachment table was read`.replace('the decree no', 'no');
    },
    (p) => {
      const claim = p.claimed === null ? 'SK' : `SK menyebut ${p.claimed} orang dan`;
      if (p.mentions) return `${claim} merujuk ke lampiran, tetapi tidak ada tabel lampiran yang terbaca`;
      return p.claimed === null
        ? 'tidak ada tabel lampiran yang terbaca'
        : `SK menyebut ${p.claimed} orang, tetapi tidak ada tabel lampiran yang terbaca`;
    },
  ),
  'attachment-number-mismatch/number': text<{ attachment: string; decree: string }>(
    (p) => `the lampiran says NOMOR ${p.attachment}, the decree ${p.decree}`,
    (p) => `lampiran menyebut NOMOR ${p.attachment}, sedangkan SK bernomor ${p.decree}`,
  ),
  'attachment-number-mismatch/date': text<{ attachment: string; decree: string }>(
    (p) => `the lampiran says TANGGAL ${p.attachment}, the decree ${p.decree}`,
    (p) => `lampiran menyebut TANGGAL ${tanggal(p.attachment)}, sedangkan SK bertanggal ${tanggal(p.decree)}`,
  ),
  'attachment-uncertain/split-row': text(
    () => 'a row with neither name nor NIP: a row of the table may have been split or merged',
    () => 'baris tanpa nama dan tanpa NIP: mungkin satu baris tabel terpecah atau tergabung',
  ),
  'attachment-uncertain/bad-nips': text<{ bad: number; total: number }>(
    (p) => `${p.bad} of ${p.total} rows have no readable NIP: the NIP column may have been misread`,
    (p) => `${p.bad} dari ${p.total} baris tidak memiliki NIP yang terbaca: kolom NIP mungkin salah dibaca`,
  ),
  'attachment-uncertain/no-text': text<{ page: number }>(
    (p) => `page ${p.page}: has no text layer (a lampiran pasted as a picture?): read it with --ocr`,
    (p) =>
      `halaman ${p.page}: tidak memiliki lapisan teks (lampiran ditempel sebagai gambar?): baca dengan --ocr`,
  ),
  'attachment-uncertain/no-columns': text<{ page: number }>(
    (p) => `page ${p.page}: the table's columns could not be found`,
    (p) => `halaman ${p.page}: kolom-kolom tabel tidak ditemukan`,
  ),
  'attachment-uncertain/header-unknown': text<{ page: number; header: string }>(
    (p) => `page ${p.page}: the table header was not recognised (${p.header})`,
    (p) => `halaman ${p.page}: kepala tabel tidak dikenali (${p.header})`,
  ),
  'attachment-uncertain/not-carried': text<{ page: number }>(
    (p) => `page ${p.page}: holds NIPs, but the table of the page before does not carry on here`,
    (p) => `halaman ${p.page}: memuat NIP, tetapi tabel halaman sebelumnya tidak berlanjut di sini`,
  ),
  'attachment-uncertain/no-header': text<{ page: number }>(
    (p) => `page ${p.page}: holds NIPs but no table header`,
    (p) => `halaman ${p.page}: memuat NIP, tetapi tidak ada kepala tabel`,
  ),
  'attachment-uncertain/header-unknown-cells': text(
    () => `a table holds NIPs but no header sk-check recognises`,
    () => `sebuah tabel memuat NIP, tetapi kepala tabelnya tidak dikenali sk-check`,
  ),
  'attachment-uncertain/group-garbled': text<{ page: number; number: string }>(
    (p) =>
      `the group line's SK number reads '${p.number}', with characters no SK number has (a scan misread?): the decree of these rows is not named with confidence`,
    (p) =>
      `nomor SK pada baris kelompok terbaca '${p.number}', memuat karakter yang tidak ada dalam nomor SK (salah baca pindaian?): SK untuk baris-baris ini tidak dapat dipastikan`,
  ),
  'attachment-uncertain/nip-row': text(
    () =>
      `a row without NO holds a NIP of its own, so it could not be joined to the row above: a NO may have been lost`,
    () =>
      `baris tanpa NO memuat NIP sendiri, sehingga tidak dapat digabung dengan baris di atasnya: mungkin ada NO yang hilang`,
  ),
  'count-mismatch/attachment': text<{ attachment: string; claimed: number; listed: number }>(
    (p) => `Lampiran ${p.attachment} lists ${p.listed}, the decree says ${p.claimed}`,
    (p) => `Lampiran ${p.attachment} memuat ${p.listed} orang, sedangkan SK menyebut ${p.claimed} orang`,
  ),
  'count-mismatch/attachment-level': text<{
    attachment: string;
    level: Level;
    claimed: number;
    listed: number;
  }>(
    (p) =>
      `Lampiran ${p.attachment} lists ${p.listed} at ${levelText(p.level, 'en')}, the decree says ${p.claimed}`,
    (p) =>
      `Lampiran ${p.attachment} memuat ${p.listed} orang ${levelText(p.level, 'id')}, sedangkan SK menyebut ${p.claimed} orang`,
  ),
  'count-mismatch/total': text<{ claimed: number; listed: number }>(
    (p) => `the decree says ${p.claimed} appointees, the lampiran lists ${p.listed}`,
    (p) => `SK menyebut ${p.claimed} orang, lampiran memuat ${p.listed} orang`,
  ),
  'count-mismatch/level': text<{ claimed: number; level: Level; listed: number }>(
    (p) => `the decree says ${p.claimed} at ${levelText(p.level, 'en')}, the lampiran lists ${p.listed}`,
    (p) => `SK menyebut ${p.claimed} orang ${levelText(p.level, 'id')}, lampiran memuat ${p.listed} orang`,
  ),
  'echelon-unrecognised': text<{ text: string }>(
    (p) => `'${p.text}' is not an echelon`,
    (p) => `'${p.text}' bukan eselon yang dikenal`,
  ),
  // Windows-1252 is what a file that is not UTF-8 is read as: a byte it lacks means it is neither.
  'encoding-invalid/rows': text<{ rows: number; encoding: string }>(
    (p) =>
      p.encoding === 'windows-1252'
        ? `${p.rows} row(s) hold bytes that are neither utf-8 nor windows-1252 text, shown as \uFFFD; save the file as CSV UTF-8, or give its --encoding`
        : `${p.rows} row(s) hold bytes that are not valid ${p.encoding}; the file may be in another encoding (try --encoding windows-1252)`,
    (p) =>
      p.encoding === 'windows-1252'
        ? `${p.rows} baris memuat byte yang bukan teks utf-8 maupun windows-1252, ditampilkan sebagai \uFFFD; simpan berkas sebagai CSV UTF-8, atau berikan --encoding-nya`
        : `${p.rows} baris memuat byte yang tidak terbaca sebagai ${p.encoding}; berkas mungkin memakai pengodean lain (coba --encoding windows-1252)`,
  ),
  'encoding-invalid/text': text<{ encoding: string }>(
    (p) =>
      p.encoding === 'windows-1252'
        ? 'the text holds bytes that are neither utf-8 nor windows-1252 text, shown as \uFFFD'
        : `the text holds bytes that are not valid ${p.encoding}`,
    (p) =>
      p.encoding === 'windows-1252'
        ? 'teks memuat byte yang bukan teks utf-8 maupun windows-1252, ditampilkan sebagai \uFFFD'
        : `teks memuat byte yang tidak terbaca sebagai ${p.encoding}`,
  ),
  'field-missing/name': text(
    () => 'row has no name',
    () => 'baris tanpa nama',
  ),
  'field-missing/nip': text(
    () => 'row has no NIP',
    () => 'baris tanpa NIP',
  ),
  'grade-above-echelon': text<{ grade: string; highest: string; echelon: string }>(
    (p) => `grade ${p.grade} is above ${p.highest}, the highest for echelon ${p.echelon}`,
    (p) => `golongan ${p.grade} di atas ${p.highest}, golongan tertinggi untuk eselon ${p.echelon}`,
  ),
  'grade-below-echelon': text<{ grade: string; steps: number; lowest: string; echelon: string }>(
    (p) =>
      `grade ${p.grade} is ${p.steps} steps below ${p.lowest}, the lowest for echelon ${p.echelon} (one below is allowed)`,
    (p) =>
      `golongan ${p.grade} ${p.steps} tingkat di bawah ${p.lowest}, golongan terendah untuk eselon ${p.echelon} (satu tingkat di bawah masih dibolehkan)`,
  ),
  'grade-unrecognised': text<{ raw: string }>(
    (p) => `'${p.raw}' is not a civil-service grade or rank`,
    (p) => `'${p.raw}' bukan golongan/ruang atau pangkat PNS yang dikenal`,
  ),
  'internal-error/check': text<{ code: string; error: string }>(
    (p) => `check ${p.code} failed: ${p.error}`,
    (p) => `pemeriksaan ${p.code} gagal: ${p.error}`,
  ),
  // For src/batch/batch.ts, which still says this one in English.
  'internal-error/worker': text<{ error: string }>(
    (p) => `reading it stopped a worker process: ${p.error}`,
    (p) => `proses pekerja berhenti saat membacanya: ${p.error}`,
  ),
  'nip-duplicate': text<{ nip: string; first: Place }>(
    (p) => `NIP ${p.nip} is also on ${placeText(p.first, 'en')}`,
    (p) => `NIP ${p.nip} juga tercantum pada ${placeText(p.first, 'id')}`,
  ),
  'nip-duplicate-across': text<{ nip: string; source: string; first: Place }>(
    (p) => `NIP ${p.nip} is also appointed in ${p.source} (${placeText(p.first, 'en')})`,
    (p) => `NIP ${p.nip} juga diangkat dalam ${p.source} (${placeText(p.first, 'id')})`,
  ),
  'nip-implausible': text<{ problem: NipSaid }>(
    (p) => renderNip(p.problem, 'en'),
    (p) => renderNip(p.problem, 'id'),
  ),
  'nip-invalid': text<{ problems: readonly NipSaid[] }>(
    (p) => p.problems.map((problem) => renderNip(problem, 'en')).join('; '),
    (p) => p.problems.map((problem) => renderNip(problem, 'id')).join('; '),
  ),
  'nip-invalid/nik': text<{ raw: string }>(
    (p) => `${p.raw}: 16 digits is a NIK (national ID number), not a NIP`,
    (p) => `${p.raw}: 16 angka adalah NIK (nomor induk kependudukan), bukan NIP`,
  ),
  'nip-mangled': text<{ raw: string; workbook: boolean }>(
    (p) =>
      `NIP ${p.raw} was turned into a number by a spreadsheet; its last digits are lost (${p.workbook ? 'format the column as text and type the NIPs again from the source' : 'format the column as text and export again'})`,
    (p) =>
      `NIP ${p.raw} diubah menjadi angka oleh aplikasi lembar kerja; angka-angka terakhirnya hilang (${p.workbook ? 'format kolom sebagai teks dan ketik ulang NIP dari dokumen sumber' : 'format kolom sebagai teks lalu ekspor ulang'})`,
  ),
  'not-a-decree': text<{ looksLike: OtherDocument | null; title: string | null }>(
    (p) =>
      `no decree heading (KEPUTUSAN ...), dictum (MEMUTUSKAN, KESATU ...) or LAMPIRAN block: ${p.looksLike ? `this looks like ${OTHER_DOCUMENTS[p.looksLike].en} (${p.title}), not a decree` : 'this does not look like a decree'}`,
    (p) =>
      `tidak ada judul keputusan (KEPUTUSAN ...), diktum (MEMUTUSKAN, KESATU ...) maupun blok LAMPIRAN: ${p.looksLike ? `dokumen ini tampaknya ${OTHER_DOCUMENTS[p.looksLike].id} (${p.title}), bukan SK` : 'dokumen ini tidak tampak sebagai SK'}`,
  ),
  'number-date-mismatch/year': text<{ number: string; year: number; date: string }>(
    (p) => `the SK number ${p.number} says ${p.year} but the decree is dated ${p.date}`,
    (p) => `nomor SK ${p.number} menyebut tahun ${p.year}, tetapi SK bertanggal ${tanggal(p.date)}`,
  ),
  'number-date-mismatch/month': text<{ number: string; month: number; date: string }>(
    (p) => `the SK number ${p.number} says month ${p.month} but the decree is dated ${p.date}`,
    (p) => `nomor SK ${p.number} menyebut bulan ${p.month}, tetapi SK bertanggal ${tanggal(p.date)}`,
  ),
  'column-hint-unused': text<{ label: string }>(
    (p) => `column hint '${p.label}' matched no column header`,
    (p) => `petunjuk kolom '${p.label}' tidak cocok dengan judul kolom mana pun`,
  ),
  'ocr-used': text<{ count: number; pages: string; confidence: number; repaired: number }>(
    (p) =>
      `page${p.count > 1 ? 's' : ''} ${p.pages} read by OCR (mean confidence ${p.confidence}), ${p.repaired} word${p.repaired === 1 ? '' : 's'} repaired`,
    (p) =>
      `halaman ${p.pages} dibaca dengan OCR (rata-rata keyakinan ${p.confidence}), ${p.repaired} kata diperbaiki`,
  ),
  'text-layer-unusable': text<{ count: number; pages: string }>(
    (p) =>
      `page${p.count > 1 ? 's' : ''} ${p.pages}: the text layer is not readable text (a scanner’s own OCR?); run with --ocr to read ${p.count > 1 ? 'them' : 'it'}`,
    (p) =>
      `halaman ${p.pages}: lapisan teksnya bukan teks yang terbaca (hasil OCR pemindai?); jalankan dengan --ocr untuk membacanya`,
  ),
  'ocr-used/sk-number': text<{
    read: string;
    number: string;
    from: string;
    to: string;
    why: 'date-month' | 'unit-elsewhere' | 'look-alikes';
  }>(
    (p) =>
      `SK number read by OCR as ${p.read}, taken as ${p.number}: ${p.from} is ${p.to}, ${
        {
          'date-month': 'the Roman month of the decree’s date',
          'unit-elsewhere': 'as the document prints it elsewhere',
          'look-alikes': 'OCR’s look-alikes of a Roman I (a guess: check the number against the paper)',
        }[p.why]
      }`,
    (p) =>
      `nomor SK terbaca OCR sebagai ${p.read}, dibaca ${p.number}: ${p.from} adalah ${p.to}, ${
        {
          'date-month': 'bulan Romawi dari tanggal SK',
          'unit-elsewhere': 'sebagaimana tertulis di bagian lain dokumen',
          'look-alikes':
            'tanda yang dibaca OCR sebagai ganti angka Romawi I (dugaan: cocokkan nomornya dengan dokumen kertas)',
        }[p.why]
      }`,
  ),
  'ocr-low-confidence': text<{ confidence: number; threshold: number }>(
    (p) => `OCR mean confidence ${p.confidence}, below ${p.threshold}: check this page against the paper`,
    (p) =>
      `rata-rata keyakinan OCR ${p.confidence}, di bawah ${p.threshold}: cocokkan halaman ini dengan dokumen kertasnya`,
  ),
  'rank-grade-mismatch': text<{
    rank: string;
    rankGrade: string | null;
    grade: string;
    gradeRank: string | null;
  }>(
    (p) => `rank '${p.rank}' is ${p.rankGrade ?? '?'} but the grade says ${p.grade} (${p.gradeRank ?? '?'})`,
    (p) =>
      `pangkat '${p.rank}' adalah golongan ${p.rankGrade ?? '?'}, tetapi golongan/ruang tertulis ${p.grade} (${p.gradeRank ?? '?'})`,
  ),
  'row-malformed': text<{ cells: number; header: number }>(
    (p) => `row has ${p.cells} cells, the header has ${p.header}`,
    (p) => `baris memiliki ${p.cells} sel, kepala tabel ${p.header} kolom`,
  ),
  'row-sequence-gap': text<{ from: number | null; no: number; expected: number }>(
    (p) => `NO jumps from ${p.from ?? 'the start'} to ${p.no} (expected ${p.expected})`,
    (p) => `NO melompat dari ${p.from ?? 'awal'} ke ${p.no} (seharusnya ${p.expected})`,
  ),
  'level-unknown': text<{ count: number; total: number; rows: number[]; more: boolean }>(
    (p) =>
      `${p.count} of ${p.total} rows have no level (eselon): ${p.count === 1 ? 'row' : 'rows'} ${p.rows.join(', ')}${p.more ? ', ...' : ''}`,
    (p) =>
      `${p.count} dari ${p.total} baris tanpa jenjang (eselon): baris ${p.rows.join(', ')}${p.more ? ', ...' : ''}`,
  ),
  'level-conflict': text<{ echelon: string; level: Level; band: Level }>(
    (p) =>
      `the post ends in echelon ${p.echelon} (${levelText(p.level, 'en')}), the band or section above says ${levelText(p.band, 'en')}: counted at the post's own`,
    (p) =>
      `jabatan berakhir dengan eselon ${p.echelon} (${levelText(p.level, 'id')}), pita atau baris bagian di atasnya menyebut ${levelText(p.band, 'id')}: dihitung menurut jabatannya sendiri`,
  ),
  'sk-number-blank': text<{ number: string; inAttachment: boolean }>(
    (p) =>
      `${p.inAttachment ? "the lampiran's NOMOR" : 'the SK number'} '${p.number}' has a segment left blank, to be filled in before signing`,
    (p) =>
      `${p.inAttachment ? 'NOMOR pada lampiran' : 'nomor SK'} '${p.number}' masih ada bagian yang kosong; lengkapi sebelum ditandatangani`,
  ),
  'date-missing': text<{ blankDay: boolean }>(
    (p) =>
      p.blankDay
        ? 'the date of signing has no day: pada tanggal ... (month and year only)'
        : 'no date of signing (Ditetapkan di ... pada tanggal ...) found in the decree',
    (p) =>
      p.blankDay
        ? 'tanggal penetapan belum diisi harinya: pada tanggal ... (hanya bulan dan tahun)'
        : 'tanggal penetapan (Ditetapkan di ... pada tanggal ...) tidak ditemukan dalam SK',
  ),
  'signatory-missing': text<NoParams>(
    () => 'no signature block (title and name of the official) after Ditetapkan di',
    () => 'blok tanda tangan (jabatan dan nama pejabat) tidak ditemukan setelah Ditetapkan di',
  ),
  'placeholder-left': text<{ fields: readonly PlaceholderField[]; placeholders: readonly string[] }>(
    (p) =>
      `template placeholder${p.placeholders.length === 1 ? '' : 's'} left in ${fieldList(p.fields, 'en')}: ${p.placeholders.join(', ')}`,
    (p) => `isian templat belum diganti pada ${fieldList(p.fields, 'id')}: ${p.placeholders.join(', ')}`,
  ),
  'sk-number-missing': text<NoParams>(
    () => 'no SK number (NOMOR ...) found in the decree',
    () => 'nomor SK (NOMOR ...) tidak ditemukan dalam SK',
  ),
  'total-mismatch': text<{ total: number; parts: readonly number[] }>(
    (p) =>
      `the claim says ${p.total} in total but its parts add up to ${sum(p.parts)} (${p.parts.join(' + ')})`,
    (p) =>
      `jumlah seluruhnya disebut ${p.total}, tetapi rinciannya berjumlah ${sum(p.parts)} (${p.parts.join(' + ')})`,
  ),
  ...READER_MESSAGES,
  ...AUDIT_MESSAGES,
};
