import { describe, expect, it } from 'vitest';
import { extractDecreeText } from '../../src/extract/decree-text.js';
import type { TextLine } from '../../src/extract/text-lines.js';

function pdf(...pages: string[]): TextLine[] {
  return pages.flatMap((page, i) => page.split('\n').map((text) => ({ page: i + 1, text: text.trim() })));
}

/** A one-page decree body; `number` and `dated` are its NOMOR and `pada tanggal` lines. */
const decree = (number: string, dated = 'pada tanggal 12 September 2016', signer = 'H. M. SAFI’I') =>
  pdf(`KEPUTUSAN BUPATI TAPIN
  NOMOR : ${number}
  TENTANG
  MUTASI JABATAN
  DENGAN RAHMAT TUHAN YANG MAHA ESA
  BUPATI TAPIN,
  MEMUTUSKAN:
  Menetapkan : KEPUTUSAN BUPATI TENTANG MUTASI JABATAN.
  KESATU : Memindahkan Sdr. BUDI SANTOSO, S.E. dari jabatan lama ke jabatan baru.
  KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.
  Ditetapkan di Rantau
  ${dated}
  BUPATI TAPIN,
  ttd.
  ${signer}`);

describe('a decree number with its sequence left blank', () => {
  it.each([
    ['188.45/  /BKPP/2016', '188.45//BKPP/2016'],
    ['800/…/BKD/2026', '800/…/BKD/2026'],
    ['800/.../BKD/2026', '800/.../BKD/2026'],
    ['821/XXX/BKPSDM/2025', '821/XXX/BKPSDM/2025'],
    ['821/___/BKD/2025', '821/___/BKD/2025'],
    ['821/ - /BKD/2025', '821/-/BKD/2025'],
  ])('%j is found, kept as printed (space runs are one space in a text line)', (printed, number) => {
    const read = extractDecreeText(decree(printed)).decree;
    expect([read.numberRaw, read.number]).toEqual([printed.replace(/ {2,}/g, ' '), number]);
  });

  it('in the LAMPIRAN block too', () => {
    const read = extractDecreeText(
      pdf(
        'KEPUTUSAN BUPATI TAPIN\nNOMOR : 188.45/2081/BKPP/2016\nMEMUTUSKAN:\nKESATU : Mengangkat.',
        `LAMPIRAN : KEPUTUSAN BUPATI TAPIN
        NOMOR : 188.45/  /BKPP/2016
        TANGGAL : 12 SEPTEMBER 2016
        DAFTAR NAMA PEJABAT ADMINISTRATOR`,
      ),
    );
    expect(read.attachmentBlock?.numberRaw).toBe('188.45/ /BKPP/2016');
  });
});

describe('the body: its date of signing, its signer, placeholders', () => {
  it('a signed, dated decree', () => {
    const read = extractDecreeText(decree('188.45/2081/BKPP/2016'));
    expect(read.body).toEqual({ page: 1, dated: true, blankDay: false, placeholders: [] });
    expect([read.decree.date, read.decree.signatory]).toEqual(['2016-09-12', 'H. M. SAFI’I']);
  });

  it.each([
    'pada tanggal      Februari 2026',
    'pada tanggal ... Februari 2026',
    'pada tanggal …… Pebruari 2026',
    'pada tanggal : ____ Februari 2026',
  ])('%j: the day left blank', (line) => {
    const read = extractDecreeText(decree('188.45/2081/BKPP/2016', line));
    expect([read.body?.dated, read.body?.blankDay]).toEqual([false, true]);
  });

  it('a date on the Ditetapkan line, without a tanggal label: dated', () => {
    const lines = decree('188.45/2081/BKPP/2016', '').filter((line) => line.text !== '');
    const at = lines.findIndex((line) => line.text.startsWith('Ditetapkan'));
    lines[at] = { page: 1, text: 'Ditetapkan di Rantau, 12 September 2016' };
    const read = extractDecreeText(lines);
    expect([read.body?.dated, read.body?.blankDay, read.decree.signatory]).toEqual([
      true,
      false,
      'H. M. SAFI’I',
    ]);
  });

  it('no pada tanggal line: not dated, though the dicta lend the decree a date', () => {
    const lines = decree('188.45/2081/BKPP/2016', '').filter((line) => line.text !== '');
    lines.splice(9, 0, { page: 1, text: 'KETIGA : Terhitung mulai tanggal 1 Oktober 2016.' });
    const read = extractDecreeText(lines);
    expect([read.body?.dated, read.body?.blankDay, read.decree.date]).toEqual([false, false, '2016-10-01']);
  });

  it('no signature block: no signatory', () => {
    const lines = decree('188.45/2081/BKPP/2016').slice(0, 10);
    const read = extractDecreeText(lines);
    expect([read.body === null, read.decree.signatory, read.body?.dated]).toEqual([false, null, false]);
  });

  it('placeholders of an unfilled petikan, once each, with their page', () => {
    const read = extractDecreeText(
      decree('188.45/2081/BKPP/2016').map((line) =>
        line.text.startsWith('KESATU')
          ? { ...line, text: 'KESATU : Memindahkan Sdr. {valueNama} NIP. {valueNip}, {valueNama}.' }
          : line,
      ),
    );
    expect(read.body?.placeholders).toEqual([
      { text: '{valueNama}', page: 1 },
      { text: '{valueNip}', page: 1 },
    ]);
  });

  it('none for a lampiran printed alone', () => {
    const read = extractDecreeText(
      pdf(`LAMPIRAN : KEPUTUSAN BUPATI TAPIN
      NOMOR : 188.45/2081 /BKPP/2016
      TANGGAL : 12 SEPTEMBER 2016
      DAFTAR NAMA PEJABAT ADMINISTRATOR`),
    );
    expect(read.body).toBeNull();
  });
});
