// Hostile workbooks, Word and OpenDocument files, and a TIFF, each small on disk, built in the test
// (never committed): rows padded to column XFD, parts that inflate to gigabytes, a million rows, XML
// nested thousands deep or flooded with millions of elements, a TIFF whose directory points to itself.
import { crc32, deflateRawSync } from 'node:zlib';
import { deflatedZeros } from './hostile-pdfs.mjs';

/**
 * A zip of `entries` ({ name, data } stored deflated, or { name, raw, size } already raw-deflated with
 * the size it claims): written by hand, so a part may lie about its size.
 */
export function zip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const raw = entry.raw ?? deflateRawSync(entry.data, { level: 1 });
    const size = entry.size ?? entry.data.length;
    const crc = entry.data ? crc32(entry.data) : 0;
    const header = (signature, extra) => {
      const head = Buffer.alloc(extra ? 46 : 30);
      head.writeUInt32LE(signature, 0);
      // The central directory's header has a 'version made by' before what both share.
      if (extra) head.writeUInt16LE(20, 4);
      const at = extra ? 6 : 4;
      head.writeUInt16LE(20, at);
      head.writeUInt16LE(8, at + 4);
      head.writeUInt32LE(crc, at + 10);
      head.writeUInt32LE(raw.length, at + 14);
      head.writeUInt32LE(size, at + 18);
      head.writeUInt16LE(name.length, at + 22);
      if (extra) head.writeUInt32LE(offset, 42);
      return Buffer.concat([head, name]);
    };
    central.push(header(0x02014b50, true));
    const local = Buffer.concat([header(0x04034b50, false), raw]);
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const part = (name, text) => ({ name, data: Buffer.from(text) });

const XLSX_PARTS = [
  part(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  ),
  part(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ),
  part(
    'xl/workbook.xml',
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lampiran" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ),
  part(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  ),
];

const SHEET_HEAD =
  '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const HEADER_ROW =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>NO</t></is></c><c r="B1" t="inlineStr"><is><t>NAMA</t></is></c><c r="C1" t="inlineStr"><is><t>NIP</t></is></c></row>';

function sheet(rows) {
  return part('xl/worksheets/sheet1.xml', `${SHEET_HEAD}${HEADER_ROW}${rows}</sheetData></worksheet>`);
}

/** A workbook with `body` as the sheet's rows after the header, and `extra` parts. */
export function workbook(body, extra = []) {
  return zip([...XLSX_PARTS, sheet(body), ...extra]);
}

/** `rows` rows with one cell each in column XFD, the sheet's last: padded, each is 16,384 cells. */
export function paddedRowsXlsx(rows = 20000) {
  let body = '';
  for (let r = 2; r <= rows + 1; r++) body += `<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`;
  return workbook(body);
}

/** A million rows of one number each (a sheet of 1,048,576 rows, Excel's most). */
export function millionRowsXlsx(rows = 1048575) {
  const parts = [];
  for (let r = 2; r <= rows + 1; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return workbook(parts.join(''));
}

/** A cell whose value is followed by `depth` nested unknown elements. */
export function deepXlsx(depth = 2_000_000) {
  return workbook(`<row r="2"><c r="A2"><v>1</v>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</c></row>`);
}

/** `rows` rows of `width` text cells: a roster big enough to be read in a worker thread. */
export function wideRosterXlsx(rows, width) {
  const letters = Array.from({ length: width }, (_, k) => String.fromCharCode(65 + k));
  const parts = [];
  for (let r = 2; r <= rows + 1; r++) {
    const cells = letters.map((c) => `<c r="${c}${r}" t="inlineStr"><is><t>Nama ${c}${r}</t></is></c>`);
    parts.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  return workbook(parts.join(''));
}

/** A workbook with an extra part `name` that inflates to `size` zero bytes, claiming `claimed`. */
export async function bombXlsx(name, size = 1.5 * 1024 ** 3, claimed = size) {
  const raw = await deflatedZeros(size, { raw: true });
  return workbook('', [{ name, raw, size: Math.min(claimed, 0xffffffff) }]);
}

const DOCX_TYPES = part(
  '[Content_Types].xml',
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);
const DOCX_RELS = part(
  '_rels/.rels',
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
);

/** A Word document whose body is `body` (WordprocessingML). */
export function docx(body) {
  const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>KEPUTUSAN BUPATI CONTOH</w:t></w:r></w:p>${body}</w:body></w:document>`;
  return zip([DOCX_TYPES, DOCX_RELS, part('word/document.xml', xml)]);
}

/** A paragraph whose run is nested in `depth` smart tags. */
export function deepDocx(depth = 20000) {
  return docx(
    `<w:p>${'<w:smartTag>'.repeat(depth)}<w:r><w:t>x</w:t></w:r>${'</w:smartTag>'.repeat(depth)}</w:p>`,
  );
}

/** `count` empty paragraphs: small deflated, 120 MB of XML at 20 million. */
export function paragraphFloodDocx(count = 20_000_000) {
  return docx('<w:p/>'.repeat(count));
}

/** An OpenDocument text whose body nests `depth` spans. */
export function deepOdt(depth = 20000) {
  const content = `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>${'<text:span>'.repeat(depth)}x${'</text:span>'.repeat(depth)}</text:p></office:text></office:body></office:document-content>`;
  return zip([
    { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text') },
    part('content.xml', content),
  ]);
}

/** A little-endian TIFF of 50 bytes whose one directory's next-directory offset points to itself. */
export function loopingTiff() {
  const tiff = Buffer.alloc(50);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(2, 8);
  // ImageWidth and ImageLength, SHORT, 1 x 1.
  for (const [i, tag] of [256, 257].entries()) {
    const at = 10 + i * 12;
    tiff.writeUInt16LE(tag, at);
    tiff.writeUInt16LE(3, at + 2);
    tiff.writeUInt32LE(1, at + 4);
    tiff.writeUInt16LE(1, at + 8);
  }
  tiff.writeUInt32LE(8, 34);
  return tiff;
}
