import { describe, expect, it } from 'vitest';
import {
  repairGrade,
  repairLine,
  repairMonth,
  repairNipWord,
  repairNumbers,
  repairYear,
} from '../../src/domain/ocr-repair.js';

describe('repairNipWord: a NIP holds digits only', () => {
  it.each([
    ['1973lO27', '19731027'],
    ['2OO31O', '200310'],
    ['0l3', '013'],
    ['0O2.', '002.'],
    ['19731027', '19731027'],
  ])('%s -> %s', (word, repaired) => {
    expect(repairNipWord(word)).toBe(repaired);
  });

  it.each(['19S31027', 'Pembina', 'OO', 'B', 'I'])('leaves %s alone: no single reading', (word) => {
    expect(repairNipWord(word)).toBe(word);
  });
});

describe('repairGrade: a Roman numeral and a letter', () => {
  it.each([
    ['IILa', 'III.a'],
    ['Ill/a', 'III/a'],
    ['II1/d', 'III/d'],
    ['(II1/d)', '(III/d)'],
    ['(lV/b)', '(IV/b)'],
    ['lII.b', 'III.b'],
    ['IIIA', 'IIIa'],
    // `!` for I, as tesseract reads the echelon column of a scanned list of the sworn-in.
    ['1!l.b', 'III.b'],
    ['I!l.b', 'III.b'],
  ])('%s -> %s', (word, repaired) => {
    expect(repairGrade(word)).toBe(repaired);
  });

  it.each(['III/a', 'IV.b', 'Pembina', 'la', 'Ia', 'IIII/a', 'V/a', 'IV/f', '(II1/ Ad)', 'Il'])(
    'leaves %s alone (already right, or not certainly a grade)',
    (word) => {
      expect(repairGrade(word)).toBeNull();
    },
  );
});

describe('repairYear', () => {
  it.each([
    ['2OI4', '2014'],
    ['2O26', '2026'],
    ['l995', '1995'],
    ['2O26,', '2026,'],
  ])('%s -> %s', (word, repaired) => {
    expect(repairYear(word)).toBe(repaired);
  });

  it.each(['2026', 'lOOl', '3O14', '2OOO1', 'ZOI4'])('leaves %s alone', (word) => {
    expect(repairYear(word)).toBeNull();
  });
});

describe('repairNumbers: runs of digits with O and l in them', () => {
  it.each([
    ['8OO.1.3.3/O3-O2/BKD/2O26', '800.1.3.3/03-02/BKD/2026'],
    ['l2', '12'],
    ['Kep.4l1', 'Kep.411'],
  ])('%s -> %s', (word, repaired) => {
    expect(repairNumbers(word)).toBe(repaired);
  });

  it.each(['BKD', 'III', 'Il', 'OlO', 'Tk.I', 'S.STP.,'])('leaves %s alone: letters only', (word) => {
    expect(repairNumbers(word)).toBe(word);
  });
});

describe('repairLine', () => {
  it('makes a NIP after its label digits, and stops at the next word', () => {
    expect(repairLine(['NIP.', '1973lO27', '2OO31O', 'l', 'Ol3', 'Pembina'])).toEqual([
      'NIP.',
      '19731027',
      '200310',
      '1',
      '013',
      'Pembina',
    ]);
  });

  it('reads a lone look-alike inside a NIP as a digit, but not before its first digit', () => {
    expect(repairLine(['NIP.', '19731027', '200310', 'I', '013'])).toEqual([
      'NIP.',
      '19731027',
      '200310',
      '1',
      '013',
    ]);
    expect(repairLine(['NIP', 'I'])).toEqual(['NIP', 'I']);
  });

  it('repairs a NIP stuck to its label', () => {
    expect(repairLine(['NIP.1973lO27'])).toEqual(['NIP.19731027']);
  });

  it('drops ruling lines read as characters, and strips them from word edges', () => {
    expect(repairLine(['|', 'ZAINAL', 'ARIFIN|', '[III.a'])).toEqual([null, 'ZAINAL', 'ARIFIN', 'III.a']);
  });

  it('leaves a NIP that is still not digits for the NIP checks', () => {
    expect(repairLine(['NIP.', '19S31027'])).toEqual(['NIP.', '19S31027']);
  });

  it('leaves ordinary words alone', () => {
    const words = ['Kepala', 'Bidang', 'Pengembangan', 'I', 'Tk.', 'Ahli', 'Muda'];
    expect(repairLine(words)).toEqual(words);
  });
});

describe('the month of an SK number, where the grammar expects one', () => {
  it.each([
    ['V1', 'VI'],
    ['Vl', 'VI'],
    ['1V', 'IV'],
    ['lV', 'IV'],
    ['Xl', 'XI'],
    ['X1', 'XI'],
    ['lX', 'IX'],
    ['1X', 'IX'],
    ['V1l', 'VII'],
    ['1O', '10'],
    ['O3', '03'],
  ])('%s is the one month it can be: %s', (segment, month) => {
    expect(repairMonth(segment)).toBe(month);
  });

  it.each([
    ['l1', 'II or 11'],
    ['Il', 'II or 11'],
    ['1', 'I or 1, the same month, already right'],
    ['VI', 'already right'],
    ['XIII', 'no month'],
    ['BKD', 'a tag'],
  ])('leaves %s alone (%s)', (segment) => {
    expect(repairMonth(segment)).toBeNull();
  });

  // SK numbers whose month is VI, IV, XI and IX, as OCR reads them whole or spaced.
  it.each([
    [['800.1.3.3/Kpts.901/BKPSDM/V1/2026'], ['800.1.3.3/Kpts.901/BKPSDM/VI/2026']],
    [
      ['NOMOR', '821.2/Kep.97-BKD/1V/2O25'],
      ['NOMOR', '821.2/Kep.97-BKD/IV/2025'],
    ],
    [
      ['Nomor', ':', '188.45/2O81/BKPP/Xl/2016'],
      ['Nomor', ':', '188.45/2081/BKPP/XI/2016'],
    ],
    [
      ['460', '/', '218', '/', 'lX', '/', '2026'],
      ['460', '/', '218', '/', 'IX', '/', '2026'],
    ],
    [
      ['800.1.3.3/411/BKPSDM/', 'Vl/2026'],
      ['800.1.3.3/411/BKPSDM/', 'VI/2026'],
    ],
  ])('repairs the month of %j', (words, repaired) => {
    expect(repairLine(words)).toEqual(repaired);
  });

  it('leaves a month two readings fit as read, and a sequence before the year a number', () => {
    expect(repairLine(['800/Kep.5/BKD/l1/2026'])).toEqual(['800/Kep.5/BKD/l1/2026']);
    expect(repairLine(['821.2/1O7/2O20'])).toEqual(['821.2/107/2020']);
    // Not before a year: a grade, a date's day, a phrase are no month.
    expect(repairLine(['III/a', 'Vl'])).toEqual(['III/a', 'Vl']);
  });
});
