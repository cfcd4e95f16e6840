import type { Lang } from './lang.js';

/** The words of `--help` and of the CLI's own one-line errors, in both languages. */
export const HELP = {
  program: {
    en: 'Reads Indonesian appointment decrees (SK) and rosters and reports what is in them and what is wrong.',
    id: 'Membaca SK pengangkatan dan daftar nominatif ASN, lalu melaporkan isinya dan apa yang salah di dalamnya.',
  },
  version: { en: 'output the version number', id: 'tampilkan nomor versi' },
  help: { en: 'display help for command', id: 'tampilkan bantuan untuk perintah' },
  'cmd.check': {
    en: 'check inputs and print a verdict (default)',
    id: 'periksa masukan dan cetak hasilnya (perintah bawaan)',
  },
  'cmd.extract': {
    en: 'print the normalized data only; findings do not change the exit code',
    id: 'cetak datanya saja, sudah dinormalkan; temuan tidak mengubah kode keluar',
  },
  'cmd.merge': {
    en: 'join shard reports (NDJSON or JSON) into one, with the cross-document checks redone',
    id: 'gabungkan laporan per bagian (NDJSON atau JSON) menjadi satu, dengan pemeriksaan antardokumen diulang',
  },
  'arg.reports': { en: 'shard reports, in shard order', id: 'laporan per bagian, sesuai urutan bagiannya' },
  'cmd.audit': {
    en: 'compare a decree, its drafts, roster and press texts about it: what changed per person, totals, numbers',
    id: 'bandingkan SK, konsepnya, daftar nominatifnya dan teks berita tentangnya: perubahan per pegawai, jumlah, nomor',
  },
  'cmd.rules': {
    en: 'list every finding code, or explain one',
    id: 'daftar semua kode temuan, atau jelaskan satu kode',
  },
  'arg.code': { en: 'a finding code', id: 'kode temuan' },
  'cmd.debug-table': {
    en: 'draw what the attachment table reader found on each lampiran page, one SVG a page',
    id: 'gambar apa yang ditemukan pembaca tabel pada setiap halaman lampiran, satu SVG per halaman',
  },
  'arg.pdf': { en: 'a decree PDF', id: 'PDF SK' },
  'opt.page': { en: 'only this page (its number in the PDF)', id: 'hanya halaman ini (nomornya dalam PDF)' },
  'opt.svg-output': {
    en: 'folder for the SVG files, created if missing (default: the current one)',
    id: 'folder untuk berkas SVG, dibuat bila belum ada (bawaan: folder saat ini)',
  },
  'opt.pdf-password': { en: 'password of an encrypted PDF', id: 'kata sandi PDF terenkripsi' },
  'cmd.schema': { en: 'print the JSON Schema of the JSON report', id: 'cetak JSON Schema dari laporan JSON' },
  'opt.format': { en: 'output format', id: 'format keluaran' },
  'opt.output': {
    en: 'write the report to FILE (atomically) instead of standard output',
    id: 'tulis laporan ke FILE (secara atomik), bukan ke keluaran standar',
  },
  'opt.all': {
    en: 'text format: every finding on its own line, also of a code on more than 10 rows',
    id: 'format teks: setiap temuan pada barisnya sendiri, juga kode yang mengenai lebih dari 10 baris',
  },
  'opt.verbose': {
    en: 'list on standard error the files of a directory skipped, not a kind sk-check reads',
    id: 'sebutkan di galat standar berkas dalam folder yang dilewati karena bukan jenis yang dibaca sk-check',
  },
  'warn.jobs-lowered': {
    en: '--jobs {requested} lowered to {jobs}: {cores} cores, {free} of free memory (about 150 MB a worker)',
    id: '--jobs {requested} diturunkan menjadi {jobs}: {cores} inti prosesor, memori bebas {free} (sekitar 150 MB per pekerja)',
  },
  'err.skipped': {
    en: 'skipped, not a kind sk-check reads',
    id: 'dilewati, bukan jenis berkas yang dibaca sk-check',
  },
  'opt.paper': {
    en: 'html format: the paper it prints on (F4 is folio)',
    id: 'format html: ukuran kertas cetak (F4 = folio)',
  },
  'opt.config': {
    en: 'settings file (rules, thresholds, defaults); else sk-check.config.json found upward, up to the folder with .git',
    id: 'berkas pengaturan (aturan, ambang, bawaan); bila tidak diberikan, sk-check.config.json yang dicari ke atas sampai folder ber-.git',
  },
  'opt.baseline': {
    en: 'report only findings not in this baseline (known ones are counted as suppressed, not as findings)',
    id: 'laporkan hanya temuan yang tidak ada dalam baseline ini (yang sudah diketahui dihitung sebagai disembunyikan, bukan temuan)',
  },
  'opt.write-baseline': {
    en: "write this run's findings to a baseline file, by SK number (or file hash) and NIP, for --baseline",
    id: 'tulis temuan pemeriksaan ini ke berkas baseline, menurut nomor SK (atau hash berkas) dan NIP, untuk --baseline',
  },
  'opt.columns': {
    en: "correct the table reader for this run: 'HEADER LABEL=field,...' (a path: 'JABATAN ESELON > BARU=positionNew'; field none leaves a column unread)",
    id: "betulkan pembaca tabel untuk pemeriksaan ini: 'JUDUL KOLOM=field,...' (jalur: 'JABATAN ESELON > BARU=positionNew'; field none membiarkan kolom tak dibaca)",
  },
  'opt.fail-on': {
    en: 'what fails the run: never (0 unless unreadable), error (1 on an error), unverified (also 3 on an unverified document), warning (also 1 on a warning)',
    id: 'apa yang menggagalkan pemeriksaan: never (0 kecuali tak terbaca), error (1 bila ada kesalahan), unverified (juga 3 bila ada dokumen yang tak terverifikasi), warning (juga 1 bila ada peringatan)',
  },
  'opt.quiet': {
    en: 'text format: only documents with findings, and no summary line',
    id: 'format teks: hanya dokumen yang ada temuannya, tanpa baris ringkasan',
  },
  'opt.no-color': {
    en: 'no colour in the text format (also: NO_COLOR set)',
    id: 'tanpa warna pada format teks (juga bila NO_COLOR diisi)',
  },
  'opt.lang': {
    en: 'language of what a person reads (default: the locale, LC_ALL, LC_MESSAGES or LANG; id* is Indonesian); JSON, NDJSON and CSV stay English unless it is given',
    id: 'bahasa untuk yang dibaca orang (bawaan: lokal LC_ALL, LC_MESSAGES atau LANG; id* berarti Indonesia); JSON, NDJSON dan CSV tetap berbahasa Inggris kecuali opsi ini diberikan',
  },
  'arg.inputs': {
    en: 'decree PDFs, roster CSV or XLSX files, directories, glob patterns; - reads standard input',
    id: 'PDF SK, berkas daftar nominatif CSV atau XLSX, folder, pola glob; - membaca masukan standar',
  },
  'opt.files-from': {
    en: 'also check the files listed in FILE, one per line (- reads standard input)',
    id: 'periksa juga berkas yang tercantum dalam FILE, satu per baris (- membaca masukan standar)',
  },
  'opt.jobs': {
    en: 'workers for PDF decrees (default: the number of cores)',
    id: 'jumlah pekerja untuk PDF SK (bawaan: jumlah inti prosesor)',
  },
  'opt.delimiter': {
    en: "CSV delimiter instead of detecting it: ',' ';' tab '|'",
    id: "pemisah CSV, bukan dideteksi: ',' ';' tab '|'",
  },
  'opt.encoding': { en: 'CSV encoding instead of detecting it', id: 'pengodean CSV, bukan dideteksi' },
  'opt.password': { en: 'password of encrypted PDF decrees', id: 'kata sandi PDF SK yang terenkripsi' },
  'opt.password-file': {
    en: 'read the PDF password from the first line of FILE (or set SK_CHECK_PASSWORD): not seen by ps or kept in shell history',
    id: 'baca kata sandi PDF dari baris pertama FILE (atau isi SK_CHECK_PASSWORD): tidak terlihat oleh ps dan tidak tersimpan di riwayat shell',
  },
  'opt.ocr': {
    en: 'read scanned PDF pages by OCR: auto (pages without text; the default) or all pages',
    id: 'baca halaman PDF hasil pindaian dengan OCR: auto (halaman tanpa teks; bawaan) atau all (semua halaman)',
  },
  'opt.sheet': {
    en: 'XLSX rosters: the one sheet to read, by name or 1-based position (default: every sheet with people)',
    id: 'daftar nominatif XLSX: satu lembar yang dibaca, menurut nama atau urutan mulai 1 (bawaan: setiap lembar yang memuat pegawai)',
  },
  'opt.kind': {
    en: 'what standard input (-) holds (default: judged by its content)',
    id: 'isi masukan standar (-) (bawaan: dinilai dari isinya)',
  },
  'opt.debug': { en: 'print the stack of an internal error', id: 'cetak stack dari kesalahan internal' },
  'opt.max-bytes': {
    en: 'largest input read (default: 200MB for a PDF, 2GB for a CSV)',
    id: 'ukuran masukan terbesar yang dibaca (bawaan: 200MB untuk PDF, 2GB untuk CSV)',
  },
  'opt.max-pages': {
    en: 'most pages read from one PDF',
    id: 'jumlah halaman terbanyak yang dibaca dari satu PDF',
  },
  'opt.max-record-size': {
    en: 'most characters (or cells) in one CSV record',
    id: 'jumlah karakter (atau sel) terbanyak dalam satu rekaman CSV',
  },
  'opt.timeout': {
    en: 'most time spent on one input (OCR included); 0: no limit',
    id: 'waktu terlama untuk satu masukan (termasuk OCR); 0: tanpa batas',
  },
  'opt.ocr-max-pages': {
    en: 'most pages read by OCR from one PDF',
    id: 'jumlah halaman terbanyak yang dibaca OCR dari satu PDF',
  },
  'opt.ocr-page-timeout': {
    en: 'most time OCR may spend on one page; 0: no limit',
    id: 'waktu terlama OCR untuk satu halaman; 0: tanpa batas',
  },
  'title.Usage:': { en: 'Usage:', id: 'Cara pakai:' },
  'title.Options:': { en: 'Options:', id: 'Opsi:' },
  'title.Commands:': { en: 'Commands:', id: 'Perintah:' },
  'title.Arguments:': { en: 'Arguments:', id: 'Argumen:' },
  'title.Global Options:': { en: 'Global Options:', id: 'Opsi umum:' },
  'options-of-check': {
    en: 'Options of check, the default command:',
    id: 'Opsi check, perintah bawaan:',
  },
  'err.no-inputs': {
    en: 'give the files to check (sk-check --help)',
    id: 'sebutkan berkas yang akan diperiksa (sk-check --help)',
  },
  'err.stdin-twice': {
    en: 'standard input (-) can be given only once',
    id: 'masukan standar (-) hanya boleh diberikan sekali',
  },
  'err.kind-without-stdin': {
    en: '--kind says what standard input (-) holds: give - as an input',
    id: '--kind menyebut isi masukan standar (-): berikan - sebagai masukan',
  },
  'err.output-is-input': {
    en: 'refusing to write the report over an input file',
    id: 'laporan tidak akan ditulis menimpa berkas masukan',
  },
  'err.password-twice': {
    en: 'give --password or --password-file, not both',
    id: 'berikan --password atau --password-file, jangan keduanya',
  },
  'err.password-file': { en: 'cannot read the password', id: 'kata sandi tidak dapat dibaca' },
  'err.cannot-write': { en: 'cannot write the report', id: 'laporan tidak dapat ditulis' },
  'err.standard-output': { en: 'standard output', id: 'keluaran standar' },
  'err.unknown-code': { en: 'unknown finding code', id: 'kode temuan tidak dikenal' },
  'err.did-you-mean': { en: 'did you mean', id: 'maksud Anda' },
  'err.rules-lists': { en: 'sk-check rules lists them', id: 'sk-check rules mendaftar semuanya' },
  'err.delimiter': {
    en: 'give one character, or tab, comma, semicolon, pipe',
    id: 'berikan satu karakter, atau tab, comma (koma), semicolon (titik koma), pipe (garis tegak)',
  },
  'err.jobs': { en: 'give a whole number of 1 or more', id: 'berikan bilangan bulat, paling sedikit 1' },
  'err.page': { en: 'give a page number of 1 or more', id: 'berikan nomor halaman, paling sedikit 1' },
  'err.columns.pair': {
    en: "'{pair}': give LABEL=field",
    id: "'{pair}': tulis LABEL=field (judul kolom, tanda =, nama field)",
  },
  'err.columns.field': {
    en: "'{field}' is no field: one of {fields}",
    id: "'{field}' bukan nama field: pilih salah satu dari {fields}",
  },
  'err.count': { en: 'give a whole number above 0', id: 'berikan bilangan bulat lebih dari 0' },
  'err.size': {
    en: 'give a size such as 50MB, 512k or 1G',
    id: 'berikan ukuran seperti 50MB, 512k atau 1G',
  },
  'err.seconds': { en: 'give seconds (0: no limit)', id: 'berikan jumlah detik (0: tanpa batas)' },
  'err.audit-format': {
    en: 'audit writes {formats}; --format {format} is for check and extract',
    id: 'audit hanya menulis format {formats}; --format {format} untuk check dan extract',
  },
  'err.xlsx-needs-file': {
    en: '--format xlsx writes a workbook, not text: give the file with -o FILE.xlsx',
    id: '--format xlsx menulis buku kerja Excel, bukan teks: sebutkan berkasnya dengan -o BERKAS.xlsx',
  },
  'err.xlsx-too-many-appointees': {
    en: '{rows} appointees do not fit a worksheet (at most {max} rows): use --format csv',
    id: '{rows} pegawai tidak muat dalam satu lembar kerja (paling banyak {max} baris): pakai --format csv',
  },
  'err.xlsx-too-many-findings': {
    en: '{rows} findings do not fit a worksheet (at most {max} rows): use --format csv',
    id: '{rows} temuan tidak muat dalam satu lembar kerja (paling banyak {max} baris): pakai --format csv',
  },
  'err.output-unwritable': {
    en: 'cannot write to {path} ({why})',
    id: 'tidak dapat menulis ke {path} ({why})',
  },
  'err.folder-is-file': {
    en: '{folder} is a file, not a folder',
    id: '{folder} adalah berkas, bukan folder',
  },
  'err.folder-missing': { en: 'the folder {folder} does not exist', id: 'folder {folder} tidak ada' },
  'err.folder-unwritable': {
    en: 'cannot create a file in the folder {folder} ({why})',
    id: 'tidak dapat membuat berkas di folder {folder} ({why})',
  },
  'debug.no-attachment': {
    en: 'no attachment page (a LAMPIRAN ... NOMOR ... TANGGAL block) to draw (attachment-missing)',
    id: 'tidak ada halaman lampiran (blok LAMPIRAN ... NOMOR ... TANGGAL) untuk digambar (attachment-missing)',
  },
  'debug.not-attachment-page': {
    en: 'page {page} is not an attachment page; the attachment is on page {pages}',
    id: 'halaman {page} bukan halaman lampiran; lampirannya ada di halaman {pages}',
  },
  'debug.not-attachment-pages': {
    en: 'page {page} is not an attachment page; the attachment is on pages {pages}',
    id: 'halaman {page} bukan halaman lampiran; lampirannya ada di halaman {pages}',
  },
  'debug.cannot-create-folder': {
    en: 'cannot create the folder: {why}',
    id: 'folder tidak dapat dibuat: {why}',
  },
  'debug.over-input': {
    en: 'refusing to write the picture over the input file',
    id: 'gambar tidak akan ditulis menimpa berkas masukan',
  },
  'debug.cannot-write': { en: 'cannot write the picture: {why}', id: 'gambar tidak dapat ditulis: {why}' },
  'debug.wrote': { en: 'wrote {path} ({summary})', id: 'menulis {path} ({summary})' },
  'debug.no-table': { en: 'no table read: {why}', id: 'tidak ada tabel yang terbaca: {why}' },
  'debug.no-table-here': { en: 'no table on this page', id: 'tidak ada tabel di halaman ini' },
} as const;

export type HelpKey = keyof typeof HELP;

export function help(lang: Lang, key: HelpKey): string {
  return HELP[key][lang];
}

/** A help text with its `{name}` places filled: `helpWith(lang, 'err.page', {})`. */
export function helpWith(lang: Lang, key: HelpKey, values: Record<string, string | number>): string {
  return help(lang, key).replace(/\{(\w+)\}/g, (place, name: string) => String(values[name] ?? place));
}

/** `text, json or csv` / `text, json atau csv`. */
export function orList(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'id' ? 'atau' : 'or'} ${items.at(-1)}`;
}

/** The examples at the end of the top-level help. */
export function helpExamples(lang: Lang): string {
  if (lang === 'en') return EXAMPLES_EN;
  return EXAMPLES_ID;
}

const EXAMPLES_EN = `
Commands, one example each (sk-check COMMAND --help for its options):
  check        sk-check roster.csv decree.pdf        (the default: sk-check FILES is sk-check check FILES)
  extract      sk-check extract --format csv roster.csv
  merge        sk-check merge --format json shard-1.ndjson shard-2.ndjson
  audit        sk-check audit decree.pdf roster.csv berita.txt
  rules        sk-check rules nip-mangled
  debug-table  sk-check debug-table -o out decree.pdf
  schema       sk-check schema > report.schema.json

Examples:
  For clerks:
    sk-check roster.csv                       check a roster, print a summary
    sk-check extract roster.csv               list the appointees it holds
    sk-check rules nip-mangled                what a finding means and why it matters
    sk-check debug-table -o out decree.pdf    one SVG per lampiran page: why was a row read so?
    sk-check --ocr scan.pdf                   read a scanned decree (optional OCR packages)
  For scripts:
    sk-check --format json a.csv b.csv > report.json
    sk-check --format ndjson --quiet *.csv    one JSON document per line, then a summary line
    sk-check extract --format csv --output people.csv roster.csv
    cat roster.csv | sk-check --format csv -  findings as CSV, reading standard input

Exit codes: 0 nothing that --fail-on counts, 1 an error finding (with --fail-on warning, a warning too),
2 usage error or an unreadable input, 3 a document could not be verified (--fail-on unverified, the
default, or warning), 141 standard output closed before the end (| head).`;

const EXAMPLES_ID = `
Perintah, masing-masing satu contoh (sk-check PERINTAH --help untuk opsinya):
  check        sk-check daftar.csv sk.pdf             (bawaan: sk-check BERKAS sama dengan sk-check check BERKAS)
  extract      sk-check extract --format csv daftar.csv
  merge        sk-check merge --format json bagian-1.ndjson bagian-2.ndjson
  audit        sk-check audit sk.pdf daftar.csv berita.txt
  rules        sk-check rules nip-mangled
  debug-table  sk-check debug-table -o hasil sk.pdf
  schema       sk-check schema > report.schema.json

Contoh:
  Untuk petugas kepegawaian:
    sk-check daftar.csv                       periksa daftar nominatif, cetak ringkasannya
    sk-check extract daftar.csv               daftar pegawai yang dimuatnya
    sk-check rules nip-mangled                arti suatu temuan dan mengapa penting
    sk-check debug-table -o hasil sk.pdf      satu SVG per halaman lampiran: mengapa baris dibaca begitu?
    sk-check --ocr pindaian.pdf               baca SK hasil pindaian (paket OCR opsional)
    sk-check --lang en sk.pdf                 laporan dalam bahasa Inggris
  Untuk skrip:
    sk-check --format json a.csv b.csv > laporan.json
    sk-check --format ndjson --quiet *.csv    satu dokumen JSON per baris, lalu baris ringkasan
    sk-check extract --format csv --output pegawai.csv daftar.csv
    cat daftar.csv | sk-check --format csv -  temuan sebagai CSV, membaca masukan standar

Kode keluar: 0 tidak ada yang dihitung --fail-on, 1 ada temuan kesalahan (dengan --fail-on warning,
juga peringatan), 2 kesalahan pemakaian atau masukan yang tidak terbaca, 3 ada dokumen yang tidak dapat
diverifikasi (--fail-on unverified, bawaan, atau warning), 141 keluaran standar ditutup sebelum selesai (| head).`;

/** Commander's own one-line errors in Indonesian (its wording, as of commander 14). */
const COMMANDER_ERRORS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^unknown option '([^']*)'/, "opsi '$1' tidak dikenal"],
  [/^unknown command '([^']*)'/, "perintah '$1' tidak dikenal"],
  [/^missing required argument '([^']*)'/, "argumen wajib '$1' belum diberikan"],
  [/^option '([^']*)' argument missing/, "opsi '$1' memerlukan nilai"],
  [
    /^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./,
    "nilai '$2' untuk opsi '$1' tidak dikenal. Pilihan yang dibolehkan: $3.",
  ],
  [/^option '([^']*)' argument '([^']*)' is invalid\. /, "nilai '$2' untuk opsi '$1' tidak dapat dipakai: "],
  [
    /^too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./,
    "terlalu banyak argumen untuk '$1': paling banyak $2, diberikan $3.",
  ],
  [
    /^too many arguments\. Expected (\d+) arguments? but got (\d+)\./,
    'terlalu banyak argumen: paling banyak $1, diberikan $2.',
  ],
  [/^too many arguments/, 'terlalu banyak argumen'],
  [/\(Did you mean ([^)]*)\?\)/, '(Maksud Anda $1?)'],
];

export function commanderError(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  let out = message;
  for (const [pattern, replacement] of COMMANDER_ERRORS) out = out.replace(pattern, replacement);
  return out;
}

/** The `(choices: ..., default: ...)` commander adds to an option's description. */
export function helpExtrasIn(description: string, lang: Lang): string {
  if (lang === 'en') return description;
  return description
    .replace(/\(choices: /, '(pilihan: ')
    .replace(/(\(|, )default: /, '$1bawaan: ')
    .replace(/(\(|, )preset: /, '$1tanpa nilai: ');
}
