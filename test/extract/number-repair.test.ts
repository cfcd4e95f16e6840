import { describe, expect, it } from 'vitest';
import { extractDecreeText } from '../../src/extract/decree-text.js';
import { repairDecreeNumbers } from '../../src/extract/number-repair.js';
import type { TextLine } from '../../src/extract/text-lines.js';
import type { PdfOcr } from '../../src/pdf/pdf.js';

/** A petikan's opening as OCR reads it: the month of `.../II/2024` read as `11`. */
function decree(number: string, date: string): TextLine[] {
  return `PETIKAN
  KEPUTUSAN BUPATI TANAH LAUT
  NOMOR ${number}
  TENTANG
  PENGANGKATAN DALAM JABATAN PENGAWAS
  MEMUTUSKAN:
  KESATU : Mengangkat Sdr. RAHMAN dalam Jabatan Kepala Seksi.
  Ditetapkan di Pelaihari
  pada tanggal ${date}
  BUPATI TANAH LAUT,
  H. MUHAMMAD SUKAMTO`
    .split('\n')
    .map((text) => ({ page: 1, text: text.trim() }));
}

const OCR: PdfOcr = {
  confidence: 90,
  pages: [{ number: 1, items: [], confidence: 90, repaired: 0, rules: [] }],
};

describe('repairDecreeNumbers', () => {
  it('an OCR’d month slot: number repaired, numberRaw as read, the repair said', () => {
    const lines = decree('800.1.3.3/57/BKPSDM/11/2024', '9 Februari 2024');
    const read = repairDecreeNumbers(extractDecreeText(lines), lines, OCR);
    expect(read.decree.number).toBe('800.1.3.3/57/BKPSDM/II/2024');
    expect(read.decree.numberRaw).toBe('800.1.3.3/57/BKPSDM/11/2024');
    expect(read.skNumber).toMatchObject({ raw: '800.1.3.3/57/BKPSDM/11/2024', month: 2, monthRoman: true });
    expect(read.notes.map((note) => [note.code, note.message])).toEqual([
      [
        'ocr-used',
        'SK number read by OCR as 800.1.3.3/57/BKPSDM/11/2024, taken as 800.1.3.3/57/BKPSDM/II/2024: 11 is II, the Roman month of the decree’s date',
      ],
    ]);
  });

  it('a November decree keeps 11; a text layer keeps everything', () => {
    const november = decree('800.1.3.3/57/BKPSDM/11/2024', '9 November 2024');
    const kept = repairDecreeNumbers(extractDecreeText(november), november, OCR);
    expect([kept.decree.number, kept.skNumber?.month, kept.notes]).toEqual([
      '800.1.3.3/57/BKPSDM/11/2024',
      11,
      [],
    ]);
    const february = decree('800.1.3.3/57/BKPSDM/11/2024', '9 Februari 2024');
    const layer = repairDecreeNumbers(extractDecreeText(february), february, undefined);
    expect([layer.decree.number, layer.notes]).toEqual(['800.1.3.3/57/BKPSDM/11/2024', []]);
  });
});
