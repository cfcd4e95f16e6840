import { describe, expect, it } from 'vitest';
import { csvLayout, detectDelimiter, detectEncoding, readCsvRecords } from '../../src/sources/csv.js';
import type { InputFile } from '../../src/sources/input.js';

function inputOf(bytes: Buffer, chunkSize = 7): InputFile {
  return {
    source: 'test.csv',
    kind: 'csv',
    head: bytes.subarray(0, 64 * 1024),
    async *chunks() {
      // Small chunks split multi-byte characters and CRLF pairs, as a real stream may.
      for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
    },
  };
}

async function records(bytes: Buffer, options = {}) {
  const input = inputOf(bytes);
  const out: string[][] = [];
  for await (const record of readCsvRecords(input, csvLayout(input, options))) out.push(record.cells);
  return out;
}

describe('detectEncoding', () => {
  it.each([
    ['UTF-8 with BOM', Buffer.from('\uFEFFNama;NIP', 'utf8'), 'utf-8', true],
    ['UTF-8 without BOM', Buffer.from('Nama;Ma’ruf', 'utf8'), 'utf-8', false],
    [
      'Windows-1252 (0x92 apostrophe)',
      Buffer.from([0x4d, 0x61, 0x92, 0x72, 0x75, 0x66]),
      'windows-1252',
      false,
    ],
    ['UTF-16LE with BOM', Buffer.from([0xff, 0xfe, 0x4e, 0x00]), 'utf-16le', true],
    ['UTF-8 cut inside a character', Buffer.from('Nama ’', 'utf8').subarray(0, 7), 'utf-8', false],
  ])('%s', (_name, bytes, encoding, bom) => {
    expect(detectEncoding(bytes)).toEqual({ encoding, bom });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['No;Nama;NIP\n1;"Ahmad, S.H.";1970', ';'],
    ['No,Nama,NIP\n1,"Ahmad; S.H.",1970', ','],
    ['No\tNama\tNIP\n1\tAhmad, S.H.\t19700512 199503 1 002', '\t'],
    ['DAFTAR NOMINATIF;;;;\nNo;Nama;NIP;Gol;Eselon\n1;A;1;III/a;IV.a', ';'],
    ['Nama,NIP\n"Ahmad Fauzi, S.H., M.H.",19700512', ','],
  ])('%j -> %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('readCsvRecords', () => {
  it('strips the BOM, splits on the detected delimiter and keeps NIPs as text', async () => {
    const bytes = Buffer.from('\uFEFFNama;NIP\r\nAhmad;197005121995031002\r\n', 'utf8');
    expect(await records(bytes)).toEqual([
      ['Nama', 'NIP'],
      ['Ahmad', '197005121995031002'],
    ]);
  });

  it('honours and drops Excel’s sep= line', async () => {
    expect(await records(Buffer.from('sep=|\nNama|NIP\nA, B|1\n'))).toEqual([
      ['Nama', 'NIP'],
      ['A, B', '1'],
    ]);
  });

  it('decodes Windows-1252 when the bytes are not UTF-8', async () => {
    const bytes = Buffer.from([...Buffer.from('Nama\r\nMa'), 0x92, ...Buffer.from('ruf\r\n')]);
    expect(await records(bytes)).toEqual([['Nama'], ['Ma’ruf']]);
  });

  it('reads UTF-16LE (Excel "Unicode Text")', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Nama\tNIP\r\nSiti\t1\r\n', 'utf16le'),
    ]);
    expect(await records(bytes)).toEqual([
      ['Nama', 'NIP'],
      ['Siti', '1'],
    ]);
  });

  it('keeps quoted line breaks inside one cell and skips rows of empty cells', async () => {
    const bytes = Buffer.from('Nama,NIP\n"Ahmad\nNIP. 1970",x\n,,\n\nB,2\n');
    expect(await records(bytes)).toEqual([
      ['Nama', 'NIP'],
      ['Ahmad\nNIP. 1970', 'x'],
      ['B', '2'],
    ]);
  });

  it('the user’s --delimiter and --encoding win over detection', async () => {
    const bytes = Buffer.from('Nama;NIP,X\nA;1,2\n');
    expect(await records(bytes, { delimiter: ',' })).toEqual([
      ['Nama;NIP', 'X'],
      ['A;1', '2'],
    ]);
  });

  it('refuses binary content', () => {
    expect(() => csvLayout(inputOf(Buffer.from([0x50, 0x4b, 0, 0, 1, 2])), {})).toThrow(/binary content/);
  });
});
