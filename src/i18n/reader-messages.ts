import { type NoParams, text } from './words.js';

/** The packages a ZIP reader opens, by the kind it is told (`docx`, `odt`; the XLSX reader says its own). */
const PACKAGE_EN: Record<string, string> = { docx: 'a Word document', odt: 'an OpenDocument text' };
const PACKAGE_ID: Record<string, string> = { docx: 'dokumen Word', odt: 'dokumen OpenDocument' };

/** Why an input could not be read (the messages of an `SkError`), in both languages. */
export const READER_MESSAGES = {
  'file-unreadable/no-such-file': text<NoParams>(
    () => 'no such file',
    () => 'berkas tidak ada',
  ),
  'file-unreadable/permission': text<NoParams>(
    () => 'permission denied',
    () => 'tidak ada izin untuk membacanya',
  ),
  'file-unreadable/directory': text<NoParams>(
    () => 'is a directory, not a file',
    () => 'adalah folder, bukan berkas',
  ),
  'file-unreadable/cannot-open': text<{ why: string }>(
    (p) => `cannot open (${p.why})`,
    (p) => `tidak dapat dibuka (${p.why})`,
  ),
  'file-unreadable/not-a-file': text<NoParams>(
    () => 'is not a regular file',
    () => 'bukan berkas biasa',
  ),
  'file-unreadable/fifo': text<NoParams>(
    () => 'a FIFO (named pipe), not a file; pipe it to standard input with -',
    () => 'sebuah FIFO (pipa bernama), bukan berkas; salurkan ke masukan standar dengan -',
  ),
  'file-unreadable/socket': text<NoParams>(
    () => 'a socket, not a file',
    () => 'sebuah soket, bukan berkas',
  ),
  'file-unreadable/device': text<NoParams>(
    () => 'a device, not a file',
    () => 'sebuah perangkat, bukan berkas',
  ),
  'file-unreadable/stdin-missing': text<NoParams>(
    () => 'standard input is not available',
    () => 'masukan standar tidak tersedia',
  ),
  'file-unreadable/stdin-empty': text<NoParams>(
    () => 'standard input is empty',
    () => 'masukan standar kosong',
  ),
  'file-unreadable/stdin-twice': text<NoParams>(
    () => 'standard input can be read only once',
    () => 'masukan standar hanya dapat dibaca sekali',
  ),
  'file-unreadable/empty-folder': text<{ extensions: string }>(
    (p) => `directory holds no ${p.extensions} file`,
    (p) => `folder tidak berisi berkas ${p.extensions}`,
  ),
  'file-unreadable/no-match': text<NoParams>(
    () => 'no file matches this pattern',
    () => 'tidak ada berkas yang cocok dengan pola ini',
  ),
  'file-unreadable/csv-binary': text<NoParams>(
    () => 'binary content (NUL bytes): not a CSV text file',
    () => 'isinya biner (byte NUL): bukan berkas teks CSV',
  ),
  'file-unreadable/csv': text<{ error: string }>(
    (p) => `not readable as CSV: ${p.error}`,
    (p) => `tidak dapat dibaca sebagai CSV: ${p.error}`,
  ),
  'file-unreadable/text-binary': text<NoParams>(
    () => 'binary data, not a text file',
    () => 'data biner, bukan berkas teks',
  ),
  'file-unreadable/text-size': text<NoParams>(
    () => 'text is larger than 16 MB',
    () => 'teks lebih besar dari 16 MB',
  ),
  'file-unreadable/pdf': text<{ error: string }>(
    (p) => `not a readable PDF (truncated or corrupt): ${p.error}`,
    (p) => `PDF tidak dapat dibaca (terpotong atau rusak): ${p.error}`,
  ),
  'file-unreadable/xlsx-package': text<NoParams>(
    () =>
      'not an XLSX package: an encrypted workbook or an old .xls file (save it as .xlsx without a password)',
    () =>
      'bukan paket XLSX: buku kerja terenkripsi atau berkas .xls lama (simpan sebagai .xlsx tanpa kata sandi)',
  ),
  'file-unreadable/xlsx': text<{ error: string }>(
    (p) => `not readable as XLSX: ${p.error}`,
    (p) => `tidak dapat dibaca sebagai XLSX: ${p.error}`,
  ),
  'file-unreadable/no-worksheet': text<NoParams>(
    () => 'the workbook has no worksheet',
    () => 'buku kerja tidak memiliki lembar kerja',
  ),
  'sheet-missing': text<{ wanted: string; sheets: readonly string[] }>(
    (p) =>
      `no sheet ${JSON.stringify(p.wanted)} in the workbook; it has ${p.sheets.map((name, i) => `${i + 1} ${JSON.stringify(name)}`).join(', ')}`,
    (p) =>
      `tidak ada lembar ${JSON.stringify(p.wanted)} dalam buku kerja; lembar yang ada: ${p.sheets.map((name, i) => `${i + 1} ${JSON.stringify(name)}`).join(', ')}`,
  ),
  'sheet-skipped': text<{ sheet: string; position: number; sheets: number }>(
    (p) =>
      `sheet ${JSON.stringify(p.sheet)} (${p.position} of ${p.sheets}) holds no table of people with NIPs: not read`,
    (p) =>
      `lembar ${JSON.stringify(p.sheet)} (${p.position} dari ${p.sheets}) tidak memuat tabel pegawai ber-NIP: tidak dibaca`,
  ),
  'roster-header-missing': text<NoParams>(
    () => 'no roster header found (expected columns such as Nama, NIP, Pangkat/Gol, Jabatan)',
    () =>
      'kepala tabel daftar nominatif tidak ditemukan (diharapkan kolom seperti Nama, NIP, Pangkat/Gol, Jabatan)',
  ),
  'document-encrypted/password': text<NoParams>(
    () =>
      'the document is protected by a password: save a copy without one (or print it to PDF) and check that',
    () =>
      'dokumen dilindungi kata sandi: simpan salinan tanpa kata sandi (atau cetak ke PDF) lalu periksa salinan itu',
  ),
  'file-unsupported/empty': text<NoParams>(
    () => 'an empty file: there is nothing to check',
    () => 'berkas kosong: tidak ada yang dapat diperiksa',
  ),
  'file-unsupported/gif': text<NoParams>(
    () => 'an image (GIF): save it as PNG or JPEG and read it with --ocr',
    () => 'gambar (GIF): simpan sebagai PNG atau JPEG lalu baca dengan --ocr',
  ),
  'file-unsupported/image-no-ocr': text<{ format: string }>(
    (p) => `an image (${p.format}): add --ocr to read the decree it shows`,
    (p) => `gambar (${p.format}): tambahkan --ocr untuk membaca SK di dalamnya`,
  ),
  'file-unsupported/archive': text<{ archive: string }>(
    (p) => `a ${p.archive} archive: unpack it and check the files inside`,
    (p) => `arsip ${p.archive}: ekstrak dulu, lalu periksa berkas di dalamnya`,
  ),
  'file-unsupported/pptx': text<NoParams>(
    () => 'a PowerPoint presentation: save it as PDF',
    () => 'presentasi PowerPoint: simpan sebagai PDF',
  ),
  'file-unsupported/ods': text<NoParams>(
    () => 'an OpenDocument spreadsheet: save the sheet as XLSX or CSV',
    () => 'lembar kerja OpenDocument: simpan lembarnya sebagai XLSX atau CSV',
  ),
  'file-unsupported/odp': text<NoParams>(
    () => 'an OpenDocument presentation: save it as PDF',
    () => 'presentasi OpenDocument: simpan sebagai PDF',
  ),
  'file-unsupported/odf-other': text<{ odf: string }>(
    (p) => `an OpenDocument file (${p.odf}): save it as PDF`,
    (p) => `berkas OpenDocument (${p.odf}): simpan sebagai PDF`,
  ),
  'file-unsupported/doc': text<NoParams>(
    () => 'a Word 97-2003 document (.doc): save it as DOCX or PDF',
    () => 'dokumen Word 97-2003 (.doc): simpan sebagai DOCX atau PDF',
  ),
  'file-unsupported/xls': text<NoParams>(
    () => 'an Excel 97-2003 workbook (.xls): save it as XLSX or CSV',
    () => 'buku kerja Excel 97-2003 (.xls): simpan sebagai XLSX atau CSV',
  ),
  'file-unsupported/ole': text<NoParams>(
    () => 'an old Office file (OLE compound file): save it as DOCX, XLSX or PDF',
    () => 'berkas Office lama (OLE compound file): simpan sebagai DOCX, XLSX atau PDF',
  ),
  'file-unsupported/debug-table': text<NoParams>(
    () => 'debug-table draws the attachment table of a PDF decree only',
    () => 'debug-table hanya menggambar tabel lampiran dari SK berbentuk PDF',
  ),
  'file-unsupported/json': text<NoParams>(
    () => 'JSON data: give sk-check the decree (PDF), the roster (CSV or XLSX) or the press text itself',
    () => 'data JSON: berikan SK-nya (PDF), daftar nominatifnya (CSV atau XLSX) atau teks beritanya langsung',
  ),
  'file-unsupported/rtf': text<NoParams>(
    () => 'a Rich Text document (.rtf): save it as DOCX or PDF',
    () => 'dokumen Rich Text (.rtf): simpan sebagai DOCX atau PDF',
  ),
  'pdf-encrypted/no-password': text<NoParams>(
    () => 'the PDF is encrypted: give its password with --password',
    () => 'PDF terenkripsi: berikan kata sandinya dengan --password',
  ),
  'pdf-encrypted/wrong-password': text<NoParams>(
    () => 'the PDF is encrypted and the password given is wrong',
    () => 'PDF terenkripsi dan kata sandi yang diberikan salah',
  ),
  'pdf-no-text/scan': text<NoParams>(
    () => 'the PDF has no text layer: it looks like a scanned decree (images only); read it with --ocr',
    () => 'PDF tidak memiliki lapisan teks: tampaknya SK hasil pindaian (hanya gambar); baca dengan --ocr',
  ),
  'pdf-no-text/ocr-empty': text<NoParams>(
    () => 'the PDF has no text layer and OCR found no words on its pages',
    () => 'PDF tidak memiliki lapisan teks dan OCR tidak menemukan kata pada halamannya',
  ),
  'limit-exceeded/pages': text<{ count: number; max: number }>(
    (p) => `the PDF has ${p.count} pages, more than --max-pages ${p.max}`,
    (p) => `PDF memiliki ${p.count} halaman, lebih dari --max-pages ${p.max}`,
  ),
  'limit-exceeded/timeout': text<{ seconds: number }>(
    (p) => `reading took longer than --timeout ${p.seconds} s`,
    (p) => `pembacaan memakan waktu lebih dari --timeout ${p.seconds} detik`,
  ),
  'limit-exceeded/ocr-page-timeout': text<{ page: number; seconds: number }>(
    (p) => `OCR of page ${p.page} took longer than --ocr-page-timeout ${p.seconds} s`,
    (p) => `OCR halaman ${p.page} memakan waktu lebih dari --ocr-page-timeout ${p.seconds} detik`,
  ),
  'limit-exceeded/file-bytes': text<{ size: number; max: string }>(
    (p) => `the file has ${p.size} bytes, more than --max-bytes ${p.max}`,
    (p) => `berkas berukuran ${p.size} byte, lebih dari --max-bytes ${p.max}`,
  ),
  'file-unreadable/package': text<{ kind: string; error: string }>(
    (p) => `not readable as ${PACKAGE_EN[p.kind] ?? p.kind}: ${p.error}`,
    (p) => `tidak dapat dibaca sebagai ${PACKAGE_ID[p.kind] ?? p.kind}: ${p.error}`,
  ),
  'file-unreadable/package-part': text<{ part: string; error: string }>(
    (p) => `the part ${p.part} cannot be read: ${p.error}`,
    (p) => `bagian ${p.part} tidak dapat dibaca: ${p.error}`,
  ),
  'file-unreadable/docx-no-document': text<NoParams>(
    () => 'not readable as a Word document: it has no word/document.xml',
    () => 'tidak dapat dibaca sebagai dokumen Word: tidak ada word/document.xml di dalamnya',
  ),
  'file-unreadable/docx-no-body': text<NoParams>(
    () => 'not readable as a Word document: it has no body',
    () => 'tidak dapat dibaca sebagai dokumen Word: tidak ada isi dokumennya',
  ),
  'file-unreadable/odt-no-content': text<NoParams>(
    () => 'not readable as an OpenDocument text: it has no content.xml',
    () => 'tidak dapat dibaca sebagai dokumen OpenDocument: tidak ada content.xml di dalamnya',
  ),
  'file-unreadable/odt-no-body': text<NoParams>(
    () => 'not readable as an OpenDocument text: it has no text body',
    () => 'tidak dapat dibaca sebagai dokumen OpenDocument: tidak ada isi teksnya',
  ),
  // The system's own words (`ENOENT: no such file or directory`) are English: Indonesian gives the code.
  'file-unreadable/files-from': text<{ from: string; error: string; code: string }>(
    (p) => `--files-from ${p.from}: ${p.error}`,
    (p) => `--files-from ${p.from}: daftar berkas tidak dapat dibaca (${p.code || 'galat sistem'})`,
  ),
  'file-unreadable/shard-missing': text<NoParams>(
    () => 'cannot read the shard: no such file',
    () => 'laporan bagian tidak dapat dibaca: berkas tidak ada',
  ),
  'file-unreadable/shard': text<{ error: string }>(
    (p) => `cannot read the shard: ${p.error}`,
    (p) => `laporan bagian tidak dapat dibaca: ${p.error}`,
  ),
  'file-unreadable/shard-not-json': text<{ line: number }>(
    (p) => `not a shard report: line ${p.line} is not JSON`,
    (p) => `bukan laporan bagian: baris ${p.line} bukan JSON`,
  ),
  'file-unreadable/shard-no-documents': text<NoParams>(
    () => 'not a shard report: the JSON report has no documents',
    () => 'bukan laporan bagian: laporan JSON itu tidak memuat dokumen',
  ),
  'file-unreadable/shard-not-document': text<{ unit: 'line' | 'document'; number: number; issue: string }>(
    (p) => `not a shard report: ${p.unit} ${p.number} is not an sk-check document (${p.issue})`,
    (p) =>
      `bukan laporan bagian: ${p.unit === 'line' ? 'baris' : 'dokumen'} ke-${p.number} bukan dokumen sk-check (${p.issue})`,
  ),
  'limit-exceeded/shard-line': text<{ line: number; max: string }>(
    (p) => `shard too long: line ${p.line} is longer than ${p.max}`,
    (p) => `laporan bagian terlalu panjang: baris ${p.line} lebih panjang dari ${p.max}`,
  ),
  'limit-exceeded/shard-json': text<{ max: string }>(
    (p) => `shard too long: the JSON report is longer than ${p.max}`,
    (p) => `laporan bagian terlalu panjang: laporan JSON lebih panjang dari ${p.max}`,
  ),
  'limit-exceeded/input-bytes': text<{ max: string }>(
    (p) => `the input is larger than --max-bytes ${p.max}`,
    (p) => `masukan lebih besar dari --max-bytes ${p.max}`,
  ),
  'limit-exceeded/record': text<{ max: number }>(
    (p) => `a record is longer than --max-record-size ${p.max} characters`,
    (p) => `satu rekaman lebih panjang dari --max-record-size ${p.max} karakter`,
  ),
  'limit-exceeded/cells': text<{ max: number }>(
    (p) => `a line has more than --max-record-size ${p.max} cells`,
    (p) => `satu baris memiliki lebih dari --max-record-size ${p.max} sel`,
  ),
  'limit-exceeded/ocr-pages': text<{ count: number; max: number }>(
    (p) => `${p.count} pages need OCR, more than --ocr-max-pages ${p.max}`,
    (p) => `${p.count} halaman perlu OCR, lebih dari --ocr-max-pages ${p.max}`,
  ),
  'limit-exceeded/inflate': text<{ max: string }>(
    (p) => `a PDF stream inflates to more than ${p.max} (a decompression bomb?)`,
    (p) => `satu stream PDF mengembang lebih dari ${p.max} (bom dekompresi?)`,
  ),
  'limit-exceeded/image-pixels': text<{ filter: string; width: number; height: number; max: number }>(
    (p) => `an image (${p.filter}) has ${p.width} x ${p.height} pixels, more than ${p.max} million`,
    (p) => `sebuah gambar (${p.filter}) berukuran ${p.width} x ${p.height} piksel, lebih dari ${p.max} juta`,
  ),
  'limit-exceeded/image-bytes': text<{ filter: string; width: number; height: number; max: string }>(
    (p) => `an image (${p.filter}) of ${p.width} x ${p.height} pixels decodes to more than ${p.max}`,
    (p) =>
      `sebuah gambar (${p.filter}) berukuran ${p.width} x ${p.height} piksel mengembang lebih dari ${p.max}`,
  ),
  'limit-exceeded/page-pixels': text<{ page: number; width: number; height: number; max: number }>(
    (p) =>
      `page ${p.page} drawn for OCR would be ${p.width} x ${p.height} pixels, more than ${p.max} million`,
    (p) =>
      `halaman ${p.page} bila digambar untuk OCR berukuran ${p.width} x ${p.height} piksel, lebih dari ${p.max} juta`,
  ),
  'limit-exceeded/memory': text<NoParams>(
    () => 'reading the PDF needs more memory than the PDF engine may use (2 GB)',
    () => 'membaca PDF ini memerlukan memori lebih dari batas mesin PDF (2 GB)',
  ),
  'limit-exceeded/xml-depth': text<{ part: string; max: number }>(
    (p) => `the part ${p.part} nests its XML more than ${p.max} elements deep`,
    (p) => `bagian ${p.part} menyarangkan XML-nya lebih dari ${p.max} elemen`,
  ),
  'limit-exceeded/xml-elements': text<{ part: string; max: number }>(
    (p) => `the document's XML has more than ${p.max} elements (reading ${p.part})`,
    (p) => `XML dokumen memiliki lebih dari ${p.max} elemen (saat membaca ${p.part})`,
  ),
  'limit-exceeded/package': text<{ max: string }>(
    (p) => `the package's parts inflate to more than ${p.max} (a decompression bomb?)`,
    (p) => `bagian-bagian paket mengembang lebih dari ${p.max} (bom dekompresi?)`,
  ),
  'limit-exceeded/sheet-rows': text<{ max: number }>(
    (p) => `the workbook has more than ${p.max} rows`,
    (p) => `buku kerja memiliki lebih dari ${p.max} baris`,
  ),
  'limit-exceeded/sheet-cells': text<{ sheet: string; width: number; max: number }>(
    (p) =>
      `the part ${p.sheet} is ${p.width} columns wide: its rows, padded to that, are more than ${p.max} cells`,
    (p) =>
      `bagian ${p.sheet} selebar ${p.width} kolom: barisnya, bila dilengkapi selebar itu, lebih dari ${p.max} sel`,
  ),
  'limit-exceeded/workbook-memory': text<{ max: number }>(
    (p) => `reading the workbook needs more memory than its reader may use (${p.max} MB)`,
    (p) => `membaca buku kerja ini memerlukan memori lebih dari batas pembacanya (${p.max} MB)`,
  ),
  'limit-exceeded/image-directories': text<{ max: number }>(
    (p) => `the TIFF has more than ${p.max} image directories`,
    (p) => `TIFF memiliki lebih dari ${p.max} direktori gambar`,
  ),
  'limit-exceeded/nesting': text<NoParams>(
    () => 'the PDF nests its objects too deeply to be read',
    () => 'objek PDF bersarang terlalu dalam untuk dibaca',
  ),
  'ocr-unavailable': text<{ names: string; command: string; error: string }>(
    (p) =>
      `--ocr needs the optional packages ${p.names}, which are not installed: install them with \`${p.command}\` (${p.error})`,
    (p) =>
      `--ocr memerlukan paket opsional ${p.names}, yang belum terpasang: pasang dengan \`${p.command}\` (${p.error})`,
  ),
};
