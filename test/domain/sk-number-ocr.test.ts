import { describe, expect, it } from 'vitest';
import { repairOcrSkNumber, type SkNumberContext } from '../../src/domain/sk-number-ocr.js';

const ocr = (date: string | null, text = ''): SkNumberContext => ({ fromOcr: true, date, text });
const repaired = (number: string, context: SkNumberContext) => repairOcrSkNumber(number, context).number;

describe('repairOcrSkNumber: a month slot read in digits', () => {
  it.each([
    ['800/57/BKD/11/2024', '2024-02-09', '800/57/BKD/II/2024'],
    ['800.1.3.3/Kep.57/BKPSDM/111/2024', '2024-03-01', '800.1.3.3/Kep.57/BKPSDM/III/2024'],
    ['800/57/BKD/1V/2024', '2024-04-30', '800/57/BKD/IV/2024'],
    ['800/57/BKD/V1/2024', '2024-06-03', '800/57/BKD/VI/2024'],
    ['800/57/BKD/Il/2024', '2024-02-09', '800/57/BKD/II/2024'],
    ['800/57/BKD/lI/2024', '2024-02-09', '800/57/BKD/II/2024'],
    ['800/57/BKD/X1/2024', '2024-11-09', '800/57/BKD/XI/2024'],
  ])('%s dated %s reads %s', (number, date, expected) => {
    const result = repairOcrSkNumber(number, ocr(date));
    expect(result.number).toBe(expected);
    expect(result.repairs).toEqual([
      { from: number.split('/').at(-2), to: expected.split('/').at(-2), why: 'date-month' },
    ]);
  });

  it.each([
    ['11 in a November decree: the digits are its month', '800/57/BKD/11/2024', '2024-11-09'],
    ['11 in a March decree: neither reading is its month', '800/57/BKD/11/2024', '2024-03-09'],
    ['1 in a January decree: the digits are already its month', '800/57/BKD/1/2024', '2024-01-09'],
    ['the sequence after a code', '821.2/11/2024', '2024-02-09'],
    ['the sequence without a code', '11/2024', '2024-02-09'],
    ['a unit before the year', '800/57/BKD/2024', '2024-02-09'],
    ['no year after the slot', '800/57/BKD/11', '2024-02-09'],
  ])('leaves it: %s', (_why, number, date) => {
    expect(repairOcrSkNumber(number, ocr(date))).toEqual({ number, repairs: [] });
  });

  it('leaves it without a date', () => {
    expect(repaired('800/57/BKD/11/2024', ocr(null))).toBe('800/57/BKD/11/2024');
  });
});

describe('repairOcrSkNumber: a unit suffix of I look-alikes', () => {
  const text = 'PETIKAN\nKEPUTUSAN BUPATI\nNomor 821/45/BKPSDM-III/2022\ntentang ...';

  it('takes the Roman suffix the document prints with the same unit', () => {
    const result = repairOcrSkNumber('821/45/BKPSDM-11111', ocr('2022-03-01', text));
    expect(result).toEqual({
      number: '821/45/BKPSDM-III',
      repairs: [{ from: 'BKPSDM-11111', to: 'BKPSDM-III', why: 'unit-elsewhere' }],
    });
    expect(repaired('821/45/BKD-1l/2022', ocr(null, 'Nomor: 821/45/BKD-II/2022'))).toBe('821/45/BKD-II/2022');
  });

  it.each([
    ['the unit is printed nowhere else', 'KEPUTUSAN BUPATI\nNomor ...'],
    ['it is printed with two different suffixes', 'BKPSDM-II and BKPSDM-III'],
    ['only another unit has a suffix', 'BKD-III'],
    ['only a longer unit has it', 'XBKPSDM-III'],
  ])('does not guess when %s', (_why, elsewhere) => {
    expect(repaired('821/45/BKPSDM-11111/2022', ocr('2022-03-01', elsewhere))).toBe(
      '821/45/BKPSDM-11111/2022',
    );
  });

  it('leaves a suffix that holds a real digit other than 1', () => {
    expect(repaired('821/45/BKPSDM-12/2022', ocr('2022-03-01', 'BKPSDM-III'))).toBe('821/45/BKPSDM-12/2022');
  });
});

describe('repairOcrSkNumber: a run of I look-alikes that cannot be a number', () => {
  it.each([
    ['821.2/72/BKPSDM-!1!/2022', '821.2/72/BKPSDM-III/2022', 'BKPSDM-!1!', 'BKPSDM-III'],
    ['821.2/73/BKPSDM-!!1/2022', '821.2/73/BKPSDM-III/2022', 'BKPSDM-!!1', 'BKPSDM-III'],
    ['821.2/72/BKPSDM-l!/2022', '821.2/72/BKPSDM-II/2022', 'BKPSDM-l!', 'BKPSDM-II'],
    ['821.2/72/BKPSDM-|/2022', '821.2/72/BKPSDM-I/2022', 'BKPSDM-|', 'BKPSDM-I'],
    ['821.2/72/!1!/BKPSDM/2022', '821.2/72/III/BKPSDM/2022', '!1!', 'III'],
    ['800/57/BKD/!!1/2024', '800/57/BKD/III/2024', '!!1', 'III'],
    ['821/45/BKPSDM-!1!', '821/45/BKPSDM-III', 'BKPSDM-!1!', 'BKPSDM-III'],
  ])('%s reads %s without a date or a text', (number, expected, from, to) => {
    expect(repairOcrSkNumber(number, ocr(null))).toEqual({
      number: expected,
      repairs: [{ from, to, why: 'look-alikes' }],
    });
  });

  it.each([
    ['a code with a 1 in it', '800.1.3.3/455/BKPSDM/2026'],
    ['a sequence of real 1s', '821.2/11/BKD/2024'],
    ['a tag with a real 1', 'KPTS.1/2024'],
    ['a unit suffix of real digits', '821.2/72/BKPSDM-11/2022'],
    ['a sequence of look-alikes: a sequence is a number', '821.2/l!/BKD/2022'],
    ['the year', '821.2/72/BKD/2O22'],
    ['a run longer than III', '821.2/72/BKPSDM-!1!!/2022'],
    ['a suffix with another character', '821.2/72/BKPSDM-!1?/2022'],
    ['a month slot whose digits read as a month (l!: II or 11)', '800/57/BKD/l!/2024'],
    ['a month slot of one look-alike (l: I or 1)', '800/57/BKD/l/2024'],
  ])('leaves %s', (_why, number) => {
    expect(repairOcrSkNumber(number, ocr(null))).toEqual({ number, repairs: [] });
  });

  it('takes what the document prints with the unit before guessing', () => {
    expect(repairOcrSkNumber('821/45/BKPSDM-!!/2022', ocr(null, 'Nomor 821/45/BKPSDM-III/2022'))).toEqual({
      number: '821/45/BKPSDM-III/2022',
      repairs: [{ from: 'BKPSDM-!!', to: 'BKPSDM-III', why: 'unit-elsewhere' }],
    });
  });

  it('takes the date before guessing in a month slot', () => {
    expect(repaired('800/57/BKD/1l/2024', ocr('2024-02-09'))).toBe('800/57/BKD/II/2024');
    expect(repaired('800/57/BKD/1l/2024', ocr('2024-11-09'))).toBe('800/57/BKD/1l/2024');
    // `!` is an I look-alike here too: dated February, `l!` is II.
    expect(repaired('800/57/BKD/l!/2024', ocr('2024-02-09'))).toBe('800/57/BKD/II/2024');
  });
});

describe('repairOcrSkNumber: a text layer not from OCR', () => {
  it('repairs nothing, whatever the date and the text say', () => {
    const context = { fromOcr: false, date: '2024-02-09', text: 'BKPSDM-III' };
    expect(repairOcrSkNumber('800/57/BKPSDM-111/11/2024', context)).toEqual({
      number: '800/57/BKPSDM-111/11/2024',
      repairs: [],
    });
    expect(repairOcrSkNumber('821.2/72/BKPSDM-!1!/2022', context).repairs).toEqual([]);
  });
});
