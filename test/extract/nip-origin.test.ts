import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseNip } from '../../src/domain/nip.js';
import { checkInput } from '../../src/run.js';

const temp = mkdtempSync(join(tmpdir(), 'sk-nip-origin-'));
const HEADER = ['NO', 'NAMA', 'NIP', 'PANGKAT/GOL', 'JABATAN BARU', 'ESELON'];
// Real dates, a real TMT, serial 000: only the last three digits are wrong.
const ZERO = '197005121995031000';

/** A roster workbook whose NIP cells are stored as the rows say: a string, or a number in a `0` format. */
async function workbook(name: string, nips: readonly (string | number)[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Lampiran');
  sheet.addRow(HEADER);
  nips.forEach((nip, k) => {
    const row = sheet.addRow([k + 1, `PEGAWAI ${k + 1}`, nip, 'Penata (III/c)', 'Kepala Seksi Umum', 'IV.a']);
    if (typeof nip === 'number') row.getCell(3).numFmt = '0';
    else row.getCell(3).numFmt = '@';
  });
  const file = join(temp, name);
  writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
  return file;
}

const codes = async (file: string) =>
  (await checkInput(file)).findings.filter((f) => f.code.startsWith('nip-')).map((f) => `${f.code}@${f.row}`);

describe('nip-mangled only where the cell was a number or its text shows number damage', () => {
  it('an XLSX text cell ending in 000 was never rounded: it is nip-invalid (serial 000)', async () => {
    const file = await workbook('text-zero.xlsx', [ZERO, '198507202010011002']);
    expect(await codes(file)).toEqual(['nip-invalid@1']);
    const doc = await checkInput(file);
    expect(doc.findings[0]?.message).toMatch(/serial 000 does not exist/);
  });

  it('an XLSX number cell ending in 000 lost its digits to Excel: nip-mangled', async () => {
    // 197005121995031002 as a double prints as ...031000 in a `0` format: 15 significant digits.
    const file = await workbook('number-zero.xlsx', [Number('197005121995031002'), '198507202010011002']);
    expect(await codes(file)).toEqual(['nip-mangled@1']);
  });

  it('XLSX text showing number damage (E+17, .0) is still nip-mangled', async () => {
    const file = await workbook('text-damage.xlsx', ['1.97005E+17', '198507202010011008.0', ZERO]);
    expect(await codes(file)).toEqual(['nip-mangled@1', 'nip-mangled@2', 'nip-invalid@3']);
  });

  it('CSV cannot tell a number from text: a padded 000 there is still mangled', async () => {
    const file = join(temp, 'zero.csv');
    writeFileSync(file, `${HEADER.join(',')}\n1,PEGAWAI 1,${ZERO},Penata (III/c),Kepala Seksi Umum,IV.a\n`);
    expect(await codes(file)).toEqual(['nip-mangled@1']);
  });

  it('parseNip: the origin decides only for 18 digits ending in 000', () => {
    expect(parseNip(ZERO).mangled).toBe(true);
    expect(parseNip(ZERO, 'number').mangled).toBe(true);
    const text = parseNip(ZERO, 'text');
    expect(text.mangled).toBe(false);
    expect(text.problems.map((p) => p.reason)).toEqual(['serial-zero']);
    expect(parseNip('1,97005E+17', 'text').mangled).toBe(true);
    expect(parseNip('197005121995031002', 'number').mangled).toBe(false);
  });
});
