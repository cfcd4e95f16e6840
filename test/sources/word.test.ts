import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { wordLines } from '../../src/extract/word-decree.js';
import { checkInput } from '../../src/run.js';
import { openBuffer } from '../../src/sources/input.js';
import { readWordDocument, type WordTable } from '../../src/sources/word.js';
import { runCli } from '../cli/run-cli.js';

/**
 * An OLE compound file (CFB) as far as a sniffer sees it: the magic, then a directory sector naming
 * its streams in UTF-16. Enough to tell an encrypted Office package (`EncryptionInfo`,
 * `EncryptedPackage`) from a Word 97-2003 file (`WordDocument`); not a file Word would open. A
 * password-protected .docx could not be made here (LibreOffice 7.4 does not encrypt OOXML from the
 * command line, Debian's msoffcrypto-tool 5.0 only decrypts).
 */
function cfb(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const entry = directory.subarray(i * 128, (i + 1) * 128);
    entry.write(name, 0, 'utf16le');
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    entry[66] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([header, directory]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function docx(body: string, extra: Record<string, string> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', `<w:document ${W}><w:body>${body}</w:body></w:document>`);
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const dir = mkdtempSync(join(tmpdir(), 'sk-word-'));
const fileOf = (name: string, data: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

describe('word-processor documents that cannot be read', () => {
  it('a password-protected .docx (an encrypted package in a CFB file) is document-encrypted, exit 2', async () => {
    const path = fileOf('draf.docx', cfb(['EncryptionInfo', 'EncryptedPackage']));
    const result = await runCli(['--format', 'json', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `sk-check: ${path}: the document is protected by a password: save a copy without one (or print it to PDF) and check that (document-encrypted)\n`,
    );
    expect(JSON.parse(result.stdout).documents[0]).toMatchObject({ kind: 'docx', status: 'unreadable' });
  });

  it('so is a password-protected .odt (its manifest lists encryption data)', async () => {
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
    zip.file(
      'META-INF/manifest.xml',
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>',
    );
    zip.file('content.xml', Buffer.from([0x8f, 0x13, 0x77, 0x00, 0xfe]));
    const doc = await checkInput({ name: 'draf.odt', data: await zip.generateAsync({ type: 'nodebuffer' }) });
    expect(doc).toMatchObject({ kind: 'odt', status: 'unreadable' });
    expect(doc.findings.map((f) => f.code)).toEqual(['document-encrypted']);
  });

  it('a Word 97-2003 .doc is file-unsupported and says to save it as DOCX or PDF', async () => {
    const path = fileOf('surat.doc', cfb(['WordDocument', '1Table']));
    const result = await runCli([path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `sk-check: ${path}: a Word 97-2003 document (.doc): save it as DOCX or PDF (file-unsupported)\n`,
    );
  });

  it('a part that inflates past the limit is limit-exceeded, before it is parsed', async () => {
    const data = await docx(`<w:p><w:r><w:t>${' '.repeat(3 * 1024 * 1024)}</w:t></w:r></w:p>`);
    expect(data.length).toBeLessThan(64 * 1024);
    const doc = await checkInput({ name: 'bom.docx', data }, { limits: { maxInflatedBytes: 1024 * 1024 } });
    expect(doc.findings.map((f) => [f.code, f.message])).toEqual([
      ['limit-exceeded', "the package's parts inflate to more than 1 MB (a decompression bomb?)"],
    ]);
  });

  it('the element budget is one for the whole package: parts under it alone are refused together', async () => {
    // document.xml: w:document, w:body, 40 paragraphs = 42 elements; the relationships part 2 more.
    const rels = '<Relationships><Relationship Id="rId1" Target="header1.xml"/></Relationships>';
    const data = await docx('<w:p/>'.repeat(40), { 'word/_rels/document.xml.rels': rels });
    const limits = (maxXmlElements: number) => ({ limits: { maxXmlElements } });
    const refused = await checkInput({ name: 'flood.docx', data }, limits(43));
    expect(refused.findings.map((f) => [f.code, f.message])).toEqual([
      [
        'limit-exceeded',
        "the document's XML has more than 43 elements (reading word/_rels/document.xml.rels)",
      ],
    ]);
    expect((await checkInput({ name: 'flood.docx', data }, limits(44))).status).not.toBe('unreadable');
  });

  it('a Word package without its document part, or a broken ZIP, is file-unreadable', async () => {
    const zip = new JSZip();
    zip.file('word/styles.xml', '<w:styles/>');
    const noDocument = await checkInput({
      name: 'x.docx',
      data: await zip.generateAsync({ type: 'nodebuffer' }),
    });
    expect(noDocument.findings.map((f) => f.message)).toEqual([
      'not readable as a Word document: it has no word/document.xml',
    ]);
    const bytes = await docx('<w:p/>');
    const broken = await checkInput({ name: 'y.docx', data: bytes.subarray(0, bytes.length - 30) });
    expect(broken.findings.map((f) => f.code)).toEqual(['file-unreadable']);
  });
});

describe('reading a .docx', () => {
  const read = async (data: Buffer) => readWordDocument(openBuffer('t.docx', data));

  it('reads line breaks and tabs inside cells, text boxes once, and skips deleted text and field codes', async () => {
    const body = `
      <w:p><w:r><w:t>NOMOR</w:t></w:r><w:r><w:tab/><w:t>: 800/1/VI/2026</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>
      <w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>Halaman</w:t></w:r>
        <w:r><mc:AlternateContent xmlns:mc="m"><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>KOTAK</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
        <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>KOTAK</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
      <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>
        <w:tr><w:tc><w:p><w:r><w:t>ANI</w:t><w:br/><w:t>NIP.</w:t><w:tab/><w:t>1970</w:t></w:r></w:p></w:tc>
        <w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>in</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>nested</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr>
      </w:tbl>`;
    const { blocks } = await read(await docx(body));
    expect(wordLines(blocks).map((line) => line.text)).toEqual([
      'NOMOR : 800/1/VI/2026',
      'Halaman',
      'KOTAK',
      'ANI in nested',
      'NIP. 1970',
    ]);
    expect((blocks.at(-1) as WordTable).rows[0]?.cells).toEqual(['ANI\nNIP.\t1970', 'in nested']);
  });

  it('spreads spanned and merged cells over the grid, and knows the header rows', async () => {
    const body = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
      <w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>NO</w:t></w:r></w:p></w:tc>
        <w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>JABATAN</w:t></w:r></w:p></w:tc></w:tr>
      <w:tr><w:trPr><w:tblHeader w:val="false"/></w:trPr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>
        <w:tc><w:p><w:r><w:t>LAMA</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>BARU</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    const table = (await read(await docx(body))).blocks[0] as WordTable;
    expect(table.rows.map((row) => [row.header, row.cells, row.above])).toEqual([
      [true, ['NO', 'JABATAN', ''], [null, null, null]],
      [false, ['', 'LAMA', 'BARU'], ['NO', null, null]],
    ]);
  });

  it('counts pages at page breaks, section breaks and rendered page breaks, once each', async () => {
    const body = `<w:p><w:r><w:t>one</w:t><w:br w:type="page"/><w:lastRenderedPageBreak/><w:t>two</w:t></w:r></w:p>
      <w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>still two</w:t></w:r></w:p>
      <w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>three</w:t></w:r></w:p>`;
    const { blocks } = await read(await docx(body));
    expect(wordLines(blocks).map((line) => `${line.page} ${line.text}`)).toEqual([
      '1 one',
      '2 two',
      '2 still two',
      '3 three',
    ]);
  });
});

describe('a draft typed without a break before its lampiran', () => {
  it('still has its lampiran start at the LAMPIRAN block', async () => {
    const zip = await JSZip.loadAsync(readFileSync('fixtures/decrees/drafts/draft-merged.docx'));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const oneSection = xml.replace(/<w:pPr><w:sectPr>.*?<\/w:sectPr><\/w:pPr>/, '');
    expect(oneSection).not.toBe(xml);
    zip.file('word/document.xml', oneSection);
    const doc = await checkInput({
      name: 'draf.docx',
      data: await zip.generateAsync({ type: 'nodebuffer' }),
    });
    expect(doc.status).toBe('verified');
    expect(doc.counts).toEqual({ total: 6, byLevel: { III: 2, IV: 3, fungsional: 1 } });
    expect(doc.appointees.map((a) => a.page)).toEqual([2, 2, 2, 2, 2, 2]);
  });
});

describe('drafts as inputs', () => {
  it('a folder picks up .docx and .odt files, and standard input takes --kind decree', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sk-drafts-'));
    for (const name of ['draft-merged.docx', 'draft-merged.odt']) {
      writeFileSync(join(folder, name), readFileSync(join('fixtures/decrees/drafts', name)));
    }
    const batch = JSON.parse((await runCli(['--format', 'json', folder])).stdout);
    expect(batch.documents.map((d: { kind: string; status: string }) => [d.kind, d.status])).toEqual([
      ['docx', 'verified'],
      ['odt', 'verified'],
    ]);
    const stdin = readFileSync('fixtures/decrees/drafts/draft-split.docx');
    const piped = await runCli(['--format', 'json', '--kind', 'decree', '-'], { stdin });
    expect(JSON.parse(piped.stdout).documents[0]).toMatchObject({ kind: 'docx', counts: { total: 6 } });
  });
});
