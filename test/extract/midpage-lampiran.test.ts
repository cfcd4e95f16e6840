import { describe, expect, it } from 'vitest';
import { extractAttachment } from '../../src/extract/attachment.js';
import { numberAttachments } from '../../src/extract/attachment-sections.js';
import { pageLines, textLines } from '../../src/extract/layout.js';
import type { PdfPage } from '../../src/pdf/pdf.js';
import { type SyntheticColumn, spacedNip, syntheticPages } from './synthetic-table.js';

const block = (numeral: string) => [
  `LAMPIRAN ${numeral} KEPUTUSAN BUPATI TANAH LAUT`,
  'NOMOR : 800.1.3.3/457/BKPSDM/2026',
  'TANGGAL : 9 MARET 2026',
];
const column = (width: number, header: string[]): SyntheticColumn => ({ width, header });
// Lampiran II's table has other column widths than Lampiran I's: its rules are not the first's.
const WIDTHS = [
  [28, 170, 95, 160, 160, 50, 50],
  [28, 200, 80, 140, 170, 60, 40],
];
const HEADERS = [
  ['NO'],
  ['NAMA / NIP'],
  ['PANGKAT /', 'GOL. RUANG'],
  ['JABATAN LAMA'],
  ['JABATAN BARU'],
  ['ESELON'],
  ['KET'],
];
const person = (no: string, name: string, nip: string, grade: string, echelon: string) => [
  [no],
  [name, `NIP. ${spacedNip(nip)}`],
  ['Penata', `(${grade})`],
  ['Pelaksana'],
  ['Kepala Seksi'],
  [echelon],
  [],
];

/** Lampiran I's table, then Lampiran II's block and table printed under it on the same page. */
function onePage(rules: 'stroked' | 'none'): PdfPage {
  const [first, second] = [
    [
      person('1.', 'AHMAD FAUZI', '197005121995031002', 'IV/a', 'III.a'),
      person('2.', 'SITI RAHMAH', '197603042000032005', 'III/d', 'III.b'),
    ],
    [person('1.', 'BUDI SANTOSO', '198001012005011001', 'III/c', 'IV.a')],
  ].map(
    (rows, i) =>
      syntheticPages({
        columns: HEADERS.map((header, k) => column(WIDTHS[i]?.[k] ?? 50, header)),
        rows,
        rules,
        header: 'first',
        breakRows: false,
        firstHead: block(i === 0 ? 'I' : 'II'),
        firstPage: 2,
      })[0] as PdfPage,
  ) as [PdfPage, PdfPage];
  const shift = Math.max(...first.items.map((item) => item.y), ...first.rules.map((rule) => rule.y2)) + 20;
  return {
    ...first,
    items: [...first.items, ...second.items.map((item) => ({ ...item, y: item.y + shift }))],
    rules: [
      ...first.rules,
      ...second.rules.map((rule) => ({ ...rule, y1: rule.y1 + shift, y2: rule.y2 + shift })),
    ],
  };
}

describe.each(['stroked', 'none'] as const)(
  'Lampiran II printed under Lampiran I on one page (rules: %s)',
  (rules) => {
    it('ends the first table at the block, reads the second from its own header, and numbers the rows by it', () => {
      const page = onePage(rules);
      const attachment = extractAttachment([page], [2]);
      numberAttachments(attachment, textLines(pageLines(page)), [2]);
      expect(
        attachment.records.map(({ appointee }) => [appointee.nip, appointee.echelon, appointee.attachment]),
      ).toEqual([
        ['197005121995031002', 'III.a', 'I'],
        ['197603042000032005', 'III.b', 'I'],
        ['198001012005011001', 'IV.a', 'II'],
      ]);
      expect(attachment.rows.map((row) => row.restart)).toEqual([false, false, true]);
      expect(attachment.doubts).toEqual([]);
    });
  },
);
