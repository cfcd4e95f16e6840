import { LANGS, type Lang } from '../i18n/lang.js';
import { statusWord } from '../i18n/outcome.js';
import { UI, type UiKey } from '../i18n/ui.js';
import type { Status } from '../model.js';

export { LANGS, type Lang };

/** A word the text report says too (a status, a kind), taken from the catalogue, not written twice. */
function fromUi(key: UiKey): { en: string; id: string } {
  const said = UI[key] as { en: (params: object) => string; id: (params: object) => string };
  return { en: said.en({}), id: said.id({}) };
}

function fromStatus(status: Status): { en: string; id: string } {
  return { en: statusWord(status, 'en'), id: statusWord(status, 'id') };
}

/**
 * Every word the HTML report (and the workbook's sheet names) prints, in English and in the words of
 * BKN and BKD documents. One object keyed by label, so a project-wide catalogue can take it over.
 */
export const HTML_LABELS = {
  title: { en: 'sk-check report', id: 'Laporan pemeriksaan sk-check' },
  file: { en: 'File', id: 'Berkas' },
  files: { en: 'Files of one decree', id: 'Berkas satu SK' },
  kind: { en: 'Kind', id: 'Jenis' },
  status: { en: 'Status', id: 'Status' },
  skNumber: { en: 'SK number', id: 'Nomor SK' },
  date: { en: 'Date', id: 'Tanggal' },
  place: { en: 'Place', id: 'Ditetapkan di' },
  issuer: { en: 'Issuer', id: 'Pejabat yang menetapkan' },
  subject: { en: 'Subject', id: 'Tentang' },
  signatory: { en: 'Signed by', id: 'Penanda tangan' },
  listed: { en: 'Appointees listed', id: 'Pegawai dalam daftar' },
  notFound: { en: 'not found', id: 'tidak ditemukan' },
  statusVerified: fromStatus('verified'),
  statusInvalid: fromStatus('invalid'),
  statusUnverified: fromStatus('unverified'),
  statusNotADecree: fromStatus('not-a-decree'),
  statusUnreadable: fromStatus('unreadable'),
  checked: fromUi('report.checked'),
  notVerified: fromUi('report.not-verified'),
  kindPdf: fromUi('kind.pdf'),
  kindDocx: fromUi('kind.docx'),
  kindOdt: fromUi('kind.odt'),
  kindImage: fromUi('kind.image'),
  kindCsv: fromUi('kind.csv'),
  kindXlsx: fromUi('kind.xlsx'),
  kindText: fromUi('kind.text'),
  claims: { en: 'Claims against the lampiran', id: 'Jumlah dalam diktum dan lampiran' },
  claimsPress: { en: 'Claims of the text', id: 'Jumlah yang disebut dalam berita' },
  claim: { en: 'Claim', id: 'Pernyataan' },
  said: { en: 'Stated', id: 'Disebutkan' },
  counted: { en: 'Lampiran lists', id: 'Terhitung di lampiran' },
  result: { en: 'Result', id: 'Hasil' },
  total: { en: 'total', id: 'jumlah' },
  match: { en: 'matches', id: 'sesuai' },
  differs: { en: 'differs', id: 'berbeda' },
  unverified: { en: 'not verified', id: 'tidak dapat diperiksa' },
  whyAttachmentUncertain: {
    en: 'the lampiran could not be read with confidence',
    id: 'lampiran tidak terbaca dengan pasti',
  },
  whyAttachmentMissing: { en: 'no lampiran table was read', id: 'tabel lampiran tidak terbaca' },
  whyNoAttachment: {
    en: 'this document has no lampiran: compare it with sk-check audit',
    id: 'dokumen ini tanpa lampiran: bandingkan dengan sk-check audit',
  },
  whyQualified: { en: 'the number is not exact', id: 'jumlahnya tidak pasti' },
  whyLevelUnknown: {
    en: 'the level of this part is not known',
    id: 'tingkat jabatan bagian ini tidak diketahui',
  },
  about: { en: 'about', id: 'sekitar' },
  atLeast: { en: 'at least', id: 'sedikitnya' },
  moreThan: { en: 'more than', id: 'lebih dari' },
  atMost: { en: 'at most', id: 'paling banyak' },
  page: { en: 'page', id: 'hlm.' },
  row: { en: 'row', id: 'baris' },
  findings: { en: 'Findings', id: 'Temuan' },
  noFindings: { en: 'No findings.', id: 'Tidak ada temuan.' },
  where: { en: 'Where', id: 'Letak' },
  name: { en: 'Name', id: 'Nama' },
  field: { en: 'Field', id: 'Kolom' },
  message: { en: 'Message', id: 'Keterangan' },
  error: { en: 'error', id: 'kesalahan' },
  warning: { en: 'warning', id: 'peringatan' },
  info: { en: 'info', id: 'informasi' },
  appointees: { en: 'Appointees', id: 'Daftar nominatif' },
  noAppointees: { en: 'No appointee listed.', id: 'Tidak ada pegawai dalam daftar.' },
  marked: {
    en: 'A cell marked ✗ (error) or ! (warning) is named by a finding; the code follows the mark.',
    id: 'Sel bertanda ✗ (kesalahan) atau ! (peringatan) disebut dalam temuan; kodenya mengikuti tanda.',
  },
  no: { en: 'No', id: 'No' },
  nip: { en: 'NIP', id: 'NIP' },
  rank: { en: 'Rank', id: 'Pangkat' },
  grade: { en: 'Grade', id: 'Gol./ruang' },
  echelon: { en: 'Echelon', id: 'Eselon' },
  positionOld: { en: 'Old position', id: 'Jabatan lama' },
  positionNew: { en: 'New position', id: 'Jabatan baru' },
  unit: { en: 'Unit', id: 'Unit kerja' },
  pageColumn: { en: 'Page', id: 'Hlm.' },
  levelUnknown: { en: 'level unknown', id: 'tingkat tidak diketahui' },
  summary: { en: 'Summary', id: 'Ringkasan' },
  documents: { en: 'Documents', id: 'Dokumen' },
  errors: { en: 'Errors', id: 'Kesalahan' },
  warnings: { en: 'Warnings', id: 'Peringatan' },
  sheetAppointees: { en: 'Appointees', id: 'Daftar Nominatif' },
  sheetFindings: { en: 'Findings', id: 'Temuan' },
} as const satisfies Record<string, Record<Lang, string>>;

export type LabelName = keyof typeof HTML_LABELS;

/** The labels of one language, as a lookup function. */
export function labelsFor(lang: Lang = 'en'): (name: LabelName) => string {
  return (name) => HTML_LABELS[name][lang];
}
