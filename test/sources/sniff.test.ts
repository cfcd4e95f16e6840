import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

/** A ZIP of stored entries: enough local headers for a reader that looks at what is inside. */
function zip(entries: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    parts.push(header, Buffer.from(name), data);
  }
  parts.push(Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18));
  return Buffer.concat(parts);
}

const office = (main: string) => ({
  '[Content_Types].xml': '<Types/>',
  '_rels/.rels': '<Relationships/>',
  [main]: '<x/>',
});
const odf = (type: string) => ({
  mimetype: `application/vnd.oasis.opendocument.${type}`,
  'content.xml': '<x/>',
});

const CASES: [string, Buffer, string][] = [
  ['slides.pptx', zip(office('ppt/presentation.xml')), 'a PowerPoint presentation: save it as PDF'],
  ['slides.xlsx', zip(office('ppt/presentation.xml')), 'a PowerPoint presentation: save it as PDF'],
  ['slides.odp', zip(odf('presentation')), 'an OpenDocument presentation: save it as PDF'],
  ['daftar.ods', zip(odf('spreadsheet')), 'an OpenDocument spreadsheet: save the sheet as XLSX or CSV'],
  ['arsip.zip', zip({ 'sk-01.pdf': '%PDF-1.7' }), 'a ZIP archive: unpack it and check the files inside'],
  ['arsip.csv', zip({ 'roster.csv': 'Nama;NIP' }), 'a ZIP archive: unpack it and check the files inside'],
  [
    'scan.png',
    Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    'an image (PNG): add --ocr to read the decree it shows',
  ],
  [
    'scan.csv',
    Buffer.from('ffd8ffe000104a464946', 'hex'),
    'an image (JPEG): add --ocr to read the decree it shows',
  ],
  [
    'scan.gif',
    Buffer.from('GIF89a\x01\x00'),
    'an image (GIF): save it as PNG or JPEG and read it with --ocr',
  ],
  [
    'scan.tif',
    Buffer.from('49492a0008000000', 'hex'),
    'an image (TIFF): add --ocr to read the decree it shows',
  ],
  [
    'arsip.gz',
    Buffer.from('1f8b0800000000000003', 'hex'),
    'a gzip archive: unpack it and check the files inside',
  ],
  ['arsip.7z', Buffer.from('377abcaf271c0004', 'hex'), 'a 7z archive: unpack it and check the files inside'],
  ['arsip.rar', Buffer.from('526172211a0700', 'hex'), 'a RAR archive: unpack it and check the files inside'],
  ['report.json', Buffer.from('  {"schemaVersion": 1}\n'), JSON_ADVICE()],
  ['data.txt', Buffer.from('\n[{"nama": "Budi"}]\n'), JSON_ADVICE()],
  [
    'pegawai.txt',
    Buffer.from('const pegawai = [\n  { nama: "Budi", nip: "197005121995031002" },\n];\n'),
    JSON_ADVICE(),
  ],
  ['data.js', Buffer.from('module.exports = [{ nama: "Budi" }];\n'), JSON_ADVICE()],
  [
    'sk.rtf',
    Buffer.from('{\\rtf1\\ansi\\deff0 KEPUTUSAN BUPATI}'),
    'a Rich Text document (.rtf): save it as DOCX or PDF',
  ],
  ['kosong.csv', Buffer.alloc(0), 'an empty file: there is nothing to check'],
];

function JSON_ADVICE(): string {
  return 'JSON data: give sk-check the decree (PDF), the roster (CSV or XLSX) or the press text itself';
}

describe('files by what they are', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sk-sniff-'));
  it.each(CASES)('%s is file-unsupported, said what it is and what to do', async (name, data, message) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    const result = await runCli(['--format', 'json', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`sk-check: ${path}: ${message} (file-unsupported)\n`);
  });

  it('bytes given to the library API are sniffed the same way', async () => {
    const { check } = await import('../../src/index.js');
    const report = await check({ name: 'upload.xlsx', data: zip(office('ppt/presentation.xml')) });
    expect(report.documents[0]?.findings.map((f) => [f.code, f.message])).toEqual([
      ['file-unsupported', 'a PowerPoint presentation: save it as PDF'],
    ]);
  });

  it('a Word document or an OpenDocument text is read as a decree, whatever its name', async () => {
    const { check } = await import('../../src/index.js');
    const report = await check([
      { name: 'surat.xlsx', data: zip(office('word/document.xml')) },
      { name: 'surat.csv', data: zip(odf('text')) },
    ]);
    expect(report.documents.map((d) => [d.kind, d.findings.map((f) => f.code)])).toEqual([
      ['docx', ['file-unreadable']],
      ['odt', ['file-unreadable']],
    ]);
  });

  it('a text starting with a bracket is still a press text, and a workbook still a workbook', async () => {
    const path = join(dir, 'siaran.txt');
    writeFileSync(path, '[Siaran Pers] Bupati melantik 12 pejabat.\n');
    const press = JSON.parse((await runCli(['--format', 'json', path])).stdout);
    expect(press.documents[0].kind).toBe('text');
    const workbook = JSON.parse(
      (await runCli(['--format', 'json', 'fixtures/rosters/roster-workbook.xlsx'])).stdout,
    );
    expect(workbook.documents[0]).toMatchObject({ kind: 'xlsx' });
    expect(workbook.documents[0].findings.map((f: { code: string }) => f.code)).not.toContain(
      'file-unsupported',
    );
  });
});
