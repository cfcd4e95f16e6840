import { describe, expect, it } from 'vitest';
import type { PdfPage } from '../../src/pdf/page.js';
import { hasUsableText, MIN_TEXT_SHARE, textQuality } from '../../src/pdf/text-quality.js';

/** A page whose lines are the given texts, one item each, 14 pt apart. */
function pageOf(lines: readonly string[]): PdfPage {
  return {
    number: 1,
    width: 595,
    height: 842,
    rules: [],
    items: lines.map((text, i) => ({ text, x: 72, y: 72 + i * 14, width: text.length * 5, height: 10 })),
  };
}

const BODY = [
  'KEPUTUSAN BUPATI TANAH LAUT',
  'NOMOR 800.1.3.3/Kep.411/BKPSDM/2026',
  'TENTANG PENGANGKATAN DALAM JABATAN ADMINISTRATOR',
  'Menimbang : a. bahwa dalam rangka mengisi jabatan yang lowong;',
  'Mengingat : 1. Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;',
  'KESATU : Mengangkat Pegawai Negeri Sipil sebanyak 3 (tiga) orang;',
  'Ditetapkan di Pelaihari pada tanggal 6/2/2026',
];

const TABLE = [
  'NO NAMA / NIP PANGKAT / GOL. RUANG JABATAN LAMA JABATAN BARU ESELON',
  '1. ZAINAL ARIFIN, S.STP., M.T. NIP. 19731027 200310 1 013 Pembina (IV/a) III.a',
  '2. CUT NYAK FATIMAH, S.Pd. NIP. 197912112006072030 Pembina Tk. I (IV/b) III.b',
  "3. Hj. SITI JUM'AT Penata Tk.I (III/d) Kepala Sub Bagian Perundang- undangan",
];

/** What a scanner's own OCR layer looks like on a lampiran page. */
const SOUP = [
  "LAMPIRAN KEPUTUSAN BUPATI TIM KER.'A WII,AYAH",
  "l97OO5l2 |99EO3 l OO2 ~~ Pe,mbi'na (|V/a) ^^ Kep'ala Bi,dang",
  "|| Z4lNAL AR|F|N '' S.S'TP Sekr,etaris ~ Bad'an Kep\"egawaian",
  "1 9 7 3'1O27 2OO3|O l Ol3 ; ,,. Pe|nata T'k. l ~^ |||",
];

describe('textQuality', () => {
  it('reads a decree body and its lampiran table as text', () => {
    for (const lines of [BODY, TABLE]) {
      const quality = textQuality(pageOf(lines));
      expect(quality.judged).toBeGreaterThan(20);
      expect(quality.share).toBeGreaterThan(0.9);
      expect(quality.usable).toBe(true);
    }
  });

  it('judges a scanner’s symbol soup unusable', () => {
    const quality = textQuality(pageOf(SOUP));
    expect(quality.share).toBeLessThan(MIN_TEXT_SHARE);
    expect(quality.usable).toBe(false);
    expect(hasUsableText(pageOf(SOUP))).toBe(false);
  });

  it('never judges a near-empty page: a page number, a lone heading, a few marks', () => {
    for (const lines of [['- 3 -'], ['LAMPIRAN'], ["|| ~ ^^ l' ,a |"], []]) {
      expect(textQuality(pageOf(lines)).usable, lines.join(' ')).toBe(true);
    }
  });

  it('ignores punctuation-only tokens: a dotted leader does not sink a page', () => {
    const lines = [...BODY, '........ : ; - -- ( ) ...... ______ ___ ::', '. . . . . . . . . . . .'];
    expect(textQuality(pageOf(lines)).share).toBeGreaterThan(0.9);
  });

  it('a body page with a little OCR damage stays readable', () => {
    const damaged = [...BODY, "TIM KER.'A WII,AYAH"];
    expect(textQuality(pageOf(damaged)).usable).toBe(true);
  });
});
