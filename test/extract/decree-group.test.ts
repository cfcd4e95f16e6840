import { describe, expect, it } from 'vitest';
import { decreeGroup, isGarbled } from '../../src/extract/decree-group.js';

describe('decreeGroup: the line inside a list that names the decree of the rows under it', () => {
  it.each([
    // As a real list of the sworn-in printed it: no colon after the date's label, a lower-case l.
    [
      'NOMOR : 821.2/72/BKPSDM-III/2022 TANGGAl 24 MEI 2022',
      { number: '821.2/72/BKPSDM-III/2022', numberRaw: '821.2/72/BKPSDM-III/2022', date: '2022-05-24' },
    ],
    [
      'NOMOR : 821.2/73/BKPSDM-III/2022 TANGGAL : 24 MEI 2022',
      { number: '821.2/73/BKPSDM-III/2022', numberRaw: '821.2/73/BKPSDM-III/2022', date: '2022-05-24' },
    ],
    [
      'Nomor: 800/114/BKPSDM-III/2022   Tanggal 25 Mei 2022',
      { number: '800/114/BKPSDM-III/2022', numberRaw: '800/114/BKPSDM-III/2022', date: '2022-05-25' },
    ],
    [
      'KEPUTUSAN BUPATI TAPIN NOMOR 821.2/ 72 /BKPSDM/2022, TANGGAL 24-05-2022',
      { number: '821.2/72/BKPSDM/2022', numberRaw: '821.2/ 72 /BKPSDM/2022', date: '2022-05-24' },
    ],
    [
      'B. NOMOR : 800.1.3.3/12/BKD/2024 TGL. 2 JANUARI 2024',
      { number: '800.1.3.3/12/BKD/2024', numberRaw: '800.1.3.3/12/BKD/2024', date: '2024-01-02' },
    ],
    // OCR reads the l of TANGGAL as a 1.
    [
      'NOMOR : 821.2/72/BKPSDM/2022 TANGGA1 24 MEI 2022',
      { number: '821.2/72/BKPSDM/2022', numberRaw: '821.2/72/BKPSDM/2022', date: '2022-05-24' },
    ],
    // As OCR reads a scanned list: an O as 0, the l of TANGGAL as !, spaces around the slashes.
    [
      'NOM0R : 821.2/72/BKPSDM/2022 TANGGA! 24 MEI 2022',
      { number: '821.2/72/BKPSDM/2022', numberRaw: '821.2/72/BKPSDM/2022', date: '2022-05-24' },
    ],
    [
      'N0MOR: 800/ 114 /BKPSDM/2022 Tanggal 25 Mei 2022',
      { number: '800/114/BKPSDM/2022', numberRaw: '800/ 114 /BKPSDM/2022', date: '2022-05-25' },
    ],
    // A space OCR put inside the digits, a colon read as `;`, a stop after the number.
    [
      'NOMOR ; 821. 2/7 2/BKPSDM/2022. TANGGAL ; 24 MEI 2022',
      { number: '821.2/72/BKPSDM/2022', numberRaw: '821.2/72/BKPSDM/2022', date: '2022-05-24' },
    ],
    // Look-alikes in the date: I read as 1 or l in the month, O for 0 in the year; no space.
    [
      'NOMOR : 821.2/72/BKPSDM/2022 TANGGAL 24 ME1 2O22',
      { number: '821.2/72/BKPSDM/2022', numberRaw: '821.2/72/BKPSDM/2022', date: '2022-05-24' },
    ],
    [
      'Nomor : 821.2/72/BKPSDM/2022 Tanggal 24Me! 2022',
      { number: '821.2/72/BKPSDM/2022', numberRaw: '821.2/72/BKPSDM/2022', date: '2022-05-24' },
    ],
    // A look-alike that makes no month leaves the date unread, not guessed.
    [
      'NOMOR : 821.2/72/BKPSDM/2022 TANGGAL 24 MA1 2022',
      { number: '821.2/72/BKPSDM/2022', numberRaw: '821.2/72/BKPSDM/2022', date: null },
    ],
    // A date that cannot be read leaves the group without one.
    [
      'NOMOR : 821.2/72/BKPSDM/2022 TANGGAL .......',
      { number: '821.2/72/BKPSDM/2022', numberRaw: '821.2/72/BKPSDM/2022', date: null },
    ],
  ])('%j', (line, group) => {
    expect(decreeGroup(line)).toEqual(group);
  });

  it.each([
    [
      'a person with a NIP',
      '1. AHMAD FAUZI NIP. 19700512 199503 1 002 NOMOR 821.2/72/BKPSDM/2022 TANGGAL 24 MEI 2022',
    ],
    ['a number without its date label', 'NOMOR : 821.2/72/BKPSDM-III/2022'],
    ['the day of a swearing-in', 'PADA HARI SELASA TANGGAL 31 MEI 2022'],
    ['an address', 'Jalan Pangeran Hidayatullah Nomor 12 Martapura, tanggal 2 Februari 2026'],
    ['a number that is no SK number', 'NOMOR 12 TANGGAL 3 MEI 2022'],
    ['figures before the label', 'Berdasarkan SK tahun 2022 Nomor 821.2/72/BKPSDM/2022 tanggal 24 Mei 2022'],
    ['a number after another label', 'NOMOR URUT 5 NOMOR 821.2/72/BKPSDM/2022 TANGGAL 24 MEI 2022'],
    [
      'a paragraph',
      `bahwa ${'berdasarkan pertimbangan '.repeat(12)}Nomor 821.2/72/BKPSDM/2022 tanggal 24 Mei 2022`,
    ],
  ])('not one: %s', (_what, line) => {
    expect(decreeGroup(line)).toBeNull();
  });

  it.each([
    ['NOMOR : 821.2/73/BKPSDM-!!1/2022 TANGGAL : 24 MEI 2022', true],
    ['NOMOR : 821.2/73/BKPSDM-|II/2022 TANGGAL : 24 MEI 2022', true],
    ['NOMOR : 821.2/73/BKPSDM-III/2022 TANGGAL : 24 MEI 2022', false],
    ['Nomor: 800.1.3.3/Kep.411/BKPSDM/10/2025 Tanggal 2 Oktober 2025', false],
    ['NOMOR 821.2/197 Tahun 2020 TANGGAL 3 MEI 2020', false],
  ])('garbled: %s -> %s', (line, garbled) => {
    const group = decreeGroup(line);
    if (!group) throw new Error('no group');
    expect(isGarbled(group)).toBe(garbled);
  });
});
