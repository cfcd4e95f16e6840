import type { Lang } from './lang.js';
import { text } from './words.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `2 decrees audited`; groups without a decree PDF are compared, not decrees audited. */
function audited(decrees: number, others: number, lang: Lang): string {
  const parts: string[] = [];
  if (decrees > 0 || others === 0)
    parts.push(lang === 'id' ? `${decrees} SK diaudit` : `${plural(decrees, 'decree')} audited`);
  if (others > 0)
    parts.push(
      lang === 'id'
        ? `${others} kelompok tanpa PDF SK dibandingkan`
        : `${plural(others, 'group')} without a decree PDF compared`,
    );
  return parts.join(', ');
}

/** The words of the reports a person reads (text, audit text, rules, progress), in both languages. */
export const UI = {
  'kind.csv': text(
    () => 'CSV roster',
    () => 'daftar nominatif CSV',
  ),
  'kind.docx': text(
    () => 'Word decree',
    () => 'SK (Word)',
  ),
  'kind.image': text(
    () => 'decree image',
    () => 'SK (gambar)',
  ),
  'kind.odt': text(
    () => 'OpenDocument decree',
    () => 'SK (OpenDocument)',
  ),
  'kind.pdf': text(
    () => 'decree PDF',
    () => 'SK (PDF)',
  ),
  'kind.other-pdf': text(
    () => 'PDF document',
    () => 'dokumen PDF',
  ),
  'kind.text': text(
    () => 'press text',
    () => 'teks berita',
  ),
  'kind.xlsx': text(
    () => 'XLSX roster',
    () => 'daftar nominatif XLSX',
  ),
  'report.no-findings': text(
    () => 'no findings',
    () => 'tidak ada temuan',
  ),
  'report.tally': text<{ errors: number; warnings: number }>(
    (p) => `${plural(p.errors, 'error')}, ${plural(p.warnings, 'warning')}`,
    (p) => `${p.errors} kesalahan, ${p.warnings} peringatan`,
  ),
  'report.sk-number': text(
    () => 'SK number',
    () => 'Nomor SK',
  ),
  'report.date': text(
    () => 'Date',
    () => 'Tanggal',
  ),
  'report.issuer': text(
    () => 'Issuer',
    () => 'Pejabat',
  ),
  'report.subject': text(
    () => 'Subject',
    () => 'Tentang',
  ),
  'report.place': text(
    () => 'Place',
    () => 'Ditetapkan di',
  ),
  'report.signatory': text(
    () => 'Signed by',
    () => 'Penanda tangan',
  ),
  'report.not-found': text(
    () => 'not found',
    () => 'tidak ditemukan',
  ),
  'report.claim': text(
    () => 'Claim',
    () => 'Jumlah',
  ),
  'report.on-page': text<{ page: number }>(
    (p) => `page ${p.page}`,
    (p) => `halaman ${p.page}`,
  ),
  'report.page': text<{ page: number }>(
    (p) => `page ${p.page}`,
    (p) => `hlm. ${p.page}`,
  ),
  'report.line': text<{ line: number }>(
    (p) => `line ${p.line}`,
    (p) => `baris berkas ${p.line}`,
  ),
  'report.cell': text<{ cell: string }>(
    (p) => `cell ${p.cell}`,
    (p) => `sel ${p.cell}`,
  ),
  'report.group': text<{ code: string; count: string; rows: string }>(
    (p) => `${p.code} on ${p.count} rows: rows ${p.rows}, ... (--all lists each)`,
    (p) => `${p.code} pada ${p.count} baris: baris ${p.rows}, ... (--all menampilkan semuanya)`,
  ),
  'report.row': text<{ row: number }>(
    (p) => `row ${p.row}`,
    (p) => `baris ${p.row}`,
  ),
  'qualifier.approximately': text(
    () => 'about',
    () => 'sekitar',
  ),
  'qualifier.at-least': text(
    () => 'at least',
    () => 'sedikitnya',
  ),
  'qualifier.more-than': text(
    () => 'more than',
    () => 'lebih dari',
  ),
  'qualifier.at-most': text(
    () => 'at most',
    () => 'paling banyak',
  ),
  'report.appointees': text<{ count: number }>(
    (p) => plural(p.count, 'appointee'),
    (p) => `${p.count} orang`,
  ),
  'report.not-verified': text(
    () => 'NOT verified',
    () => 'BELUM terverifikasi',
  ),
  'report.files': text<{ count: number }>(
    (p) => `${p.count} files, one decree`,
    (p) => `${p.count} berkas, satu SK`,
  ),
  'report.checked': text(
    () => 'checked',
    () => 'diperiksa',
  ),
  'severity.error': text(
    () => 'error',
    () => 'kesalahan',
  ),
  'severity.warning': text(
    () => 'warning',
    () => 'peringatan',
  ),
  'severity.info': text(
    () => 'info',
    () => 'info',
  ),
  'extract.row': text(
    () => 'row',
    () => 'baris',
  ),
  'extract.name': text(
    () => 'name',
    () => 'nama',
  ),
  'extract.grade': text(
    () => 'grade',
    () => 'gol./ruang',
  ),
  'extract.level': text(
    () => 'level',
    () => 'eselon/jenjang',
  ),
  'extract.position': text(
    () => 'new position',
    () => 'jabatan baru',
  ),
  'summary.documents': text<{
    documents: number;
    verified: number;
    invalid: number;
    unverified: number;
    notADecree: number;
    unreadable: number;
  }>(
    (p) =>
      `${plural(p.documents, 'document')} (${p.verified} verified, ${p.invalid} with errors, ${p.unverified} unverified, ${p.notADecree} not a decree, ${p.unreadable} unreadable)`,
    (p) =>
      `${p.documents} dokumen (${p.verified} sesuai, ${p.invalid} tidak sesuai, ${p.unverified} belum terverifikasi, ${p.notADecree} bukan SK, ${p.unreadable} tidak terbaca)`,
  ),
  'summary.skipped': text<{ count: number }>(
    (p) => `${plural(p.count, 'file')} skipped, not a kind sk-check reads (--verbose lists them)`,
    (p) => `${p.count} berkas dilewati, bukan jenis yang dibaca sk-check (--verbose menyebutkannya)`,
  ),
  'summary.baseline': text<{ count: number; file: string }>(
    (p) => `${plural(p.count, 'known finding')} suppressed (baseline ${p.file})`,
    (p) => `${p.count} temuan yang sudah diketahui disembunyikan (baseline ${p.file})`,
  ),
  'summary.baseline-gone': text<{ count: number }>(
    (p) =>
      `${p.count} baseline ${p.count === 1 ? 'entry' : 'entries'} no longer occur (prune them with --write-baseline):`,
    (p) => `${p.count} entri baseline tidak muncul lagi (pangkas dengan --write-baseline):`,
  ),
  'rules.why': text(
    () => 'Why it matters',
    () => 'Mengapa penting',
  ),
  'rules.example': text(
    () => 'Example',
    () => 'Contoh',
  ),
  'rules.raised-by': text(
    () => 'Raised by',
    () => 'Dilaporkan oleh',
  ),
  'rules.by-check': text(
    () => 'a check over the extracted data',
    () => 'pemeriksaan atas data yang terbaca',
  ),
  'rules.by-reader': text(
    () => 'the reader, while reading the input',
    () => 'pembaca berkas, saat membaca masukan',
  ),
  'severity-name.error': text(
    () => 'error',
    () => 'kesalahan',
  ),
  'severity-name.warning': text(
    () => 'warning',
    () => 'peringatan',
  ),
  'severity-name.info': text(
    () => 'info',
    () => 'info',
  ),
  'severity-name.off': text(
    () => 'off',
    () => 'nonaktif',
  ),
  'progress.files': text<{ done: number; total: number }>(
    (p) => `${p.done}/${p.total} files`,
    (p) => `${p.done}/${p.total} berkas`,
  ),
  'progress.rate': text<{ rate: string }>(
    (p) => `${p.rate} files/s`,
    (p) => `${p.rate} berkas/detik`,
  ),
  'progress.eta': text<{ clock: string }>(
    (p) => `ETA ${p.clock}`,
    (p) => `sisa ${p.clock}`,
  ),
  'progress.ocr-page': text<{ source: string; done: number; total: number }>(
    (p) => `${p.source}: OCR page ${p.done}/${p.total}`,
    (p) => `${p.source}: OCR halaman ${p.done}/${p.total}`,
  ),
  'debug.rows': text<{ people: number; continuations: number }>(
    (p) => `${plural(p.people, 'row')}, ${plural(p.continuations, 'continuation')}`,
    (p) => `${p.people} baris, ${p.continuations} sambungan baris`,
  ),
  'audit.totals-none': text(
    () => 'Totals: none stated',
    () => 'Jumlah: tidak ada yang disebut',
  ),
  'audit.totals': text(
    () => 'Totals',
    () => 'Jumlah',
  ),
  'audit.head-source': text(
    () => 'source',
    () => 'sumber',
  ),
  'audit.head-states': text(
    () => 'states',
    () => 'menyebut',
  ),
  'audit.head-total': text(
    () => 'total',
    () => 'jumlah',
  ),
  'audit.dictum': text(
    () => 'dictum',
    () => 'diktum',
  ),
  'audit.claim': text(
    () => 'claim',
    () => 'pernyataan',
  ),
  'audit.attachment': text(
    () => 'lampiran rows',
    () => 'baris lampiran',
  ),
  'audit.roster': text(
    () => 'roster rows',
    () => 'baris daftar nominatif',
  ),
  'audit.no-number': text(
    () => 'Inputs without an SK number',
    () => 'Masukan tanpa nomor SK',
  ),
  'audit.sources': text(
    () => 'Sources',
    () => 'Sumber',
  ),
  'audit.lampiran-files': text<{ count: number }>(
    (p) => `${p.count} lampiran file${p.count === 1 ? '' : 's'}`,
    (p) => `${p.count} berkas lampiran`,
  ),
  'audit.role.decree': text(
    () => 'decree',
    () => 'SK',
  ),
  'audit.role.roster': text(
    () => 'roster',
    () => 'daftar nominatif',
  ),
  'audit.role.press': text(
    () => 'press',
    () => 'berita',
  ),
  'audit.agree': text(
    () => 'the sources agree',
    () => 'semua sumber sesuai',
  ),
  'audit.differences': text(
    () => 'Differences',
    () => 'Perbedaan',
  ),
  'audit.own-findings': text(
    () => 'Findings in the inputs themselves',
    () => 'Temuan pada masing-masing masukan',
  ),
  'audit.totals-differ': text(
    () => 'the totals above differ, though no person or claim could be held against another',
    () =>
      'jumlah di atas berbeda, walaupun tidak ada pegawai atau pernyataan yang dapat dibandingkan satu sama lain',
  ),
  'audit.changes': text<{ from: string; to: string }>(
    (p) => `What changed, ${p.from} → ${p.to}`,
    (p) => `Yang berubah, ${p.from} → ${p.to}`,
  ),
  'audit.changes-none': text<{ matched: number }>(
    (p) => `nothing (${p.matched} in both, every field the same)`,
    (p) => `tidak ada (${p.matched} orang ada dalam keduanya, semua isian sama)`,
  ),
  'audit.changes-tally': text<{ matched: number; changed: number; added: number; removed: number }>(
    (p) => `${p.matched} in both, ${p.changed} changed, ${p.added} added, ${p.removed} removed`,
    (p) =>
      `${p.matched} ada dalam keduanya, ${p.changed} berubah, ${p.added} ditambahkan, ${p.removed} dihapus`,
  ),
  'audit.head-nip': text(
    () => 'NIP',
    () => 'NIP',
  ),
  'audit.head-name': text(
    () => 'name',
    () => 'nama',
  ),
  'audit.head-rows': text(
    () => 'rows',
    () => 'baris',
  ),
  'audit.head-change': text(
    () => 'change',
    () => 'perubahan',
  ),
  'audit.added': text(
    () => 'added',
    () => 'ditambahkan',
  ),
  'audit.removed': text(
    () => 'removed',
    () => 'dihapus',
  ),
  'audit.summary': text<{
    decrees: number;
    others: number;
    inputs: number;
    errors: number;
    warnings: number;
    inputErrors: number;
    inputWarnings: number;
  }>(
    (p) =>
      `${audited(p.decrees, p.others, 'en')} from ${plural(p.inputs, 'input')} · ` +
      `differences: ${plural(p.errors, 'error')}, ${plural(p.warnings, 'warning')} · ` +
      `inputs: ${plural(p.inputErrors, 'error')}, ${plural(p.inputWarnings, 'warning')}`,
    (p) =>
      `${audited(p.decrees, p.others, 'id')} dari ${p.inputs} masukan · ` +
      `perbedaan: ${p.errors} kesalahan, ${p.warnings} peringatan · ` +
      `masukan: ${p.inputErrors} kesalahan, ${p.inputWarnings} peringatan`,
  ),
};

type Catalogue = typeof UI;
export type UiKey = keyof Catalogue;
type UiParams<K extends UiKey> = Parameters<Catalogue[K]['en']>[0];

/** A label or sentence of the reports in `lang`: `t(lang, 'report.row', { row: 12 })`. */
export function t<K extends UiKey>(
  lang: Lang,
  key: K,
  ...params: [keyof UiParams<K>] extends [never] ? [] : [UiParams<K>]
): string {
  const entry = UI[key] as { en: (p: unknown) => string; id: (p: unknown) => string };
  return entry[lang](params[0] ?? {});
}
