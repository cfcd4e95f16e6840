/** Paper the report is printed on: ISO A4, or F4 (folio, 215 x 330 mm) as Indonesian offices use. */
export const PAPERS = ['a4', 'f4'] as const;
export type Paper = (typeof PAPERS)[number];

const PAPER_SIZES: Record<Paper, [string, string]> = { a4: ['210mm', '297mm'], f4: ['215mm', '330mm'] };

/**
 * The report's style sheet: readable on screen, and on paper in black and white (a result is a ✓ or ✗
 * and a word, never a colour alone). In print every table repeats its header on each page and no row
 * is split between two pages. The appointees go on landscape pages, as a lampiran does.
 */
export function reportCss(paper: Paper, pageWord: string): string {
  const [width, height] = PAPER_SIZES[paper];
  return `
@page { size: ${width} ${height}; margin: 14mm 12mm 16mm 12mm;
  @bottom-right { content: "${pageWord} " counter(page) " / " counter(pages); font: 8pt sans-serif; } }
@page lampiran { size: ${height} ${width}; margin: 12mm 12mm 14mm 12mm; }
:root { color: #000; background: #fff; font: 10pt/1.35 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
body { margin: 0 auto; max-width: 277mm; padding: 8mm 4mm; }
h1 { font-size: 15pt; margin: 0 0 4mm; }
h2 { font-size: 12pt; margin: 0 0 2mm; overflow-wrap: anywhere; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; }
h4 { font-size: 9.5pt; margin: 3mm 0 1mm; }
section.document, section.audit { border-top: 1.5pt solid #000; padding-top: 3mm; margin-top: 6mm; }
table.changes { font-size: 8.5pt; }
tr.change-added td { background: #dff3df; }
tr.change-removed td { background: #fbdcdc; }
.tally { margin: 0 0 1mm; }
td.rows { white-space: nowrap; }
table.audit-findings td:first-child { width: 18mm; }
table.audit-findings td:nth-child(2) { width: 30mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }
th, td { border: 0.5pt solid #555; padding: 0.8mm 1.2mm; text-align: left; vertical-align: top; overflow-wrap: break-word; }
thead th { background: #e8e8e8; }
table.fields th { width: 38mm; background: #f3f3f3; font-weight: normal; }
table.fields td, table.fields th { border-color: #bbb; }
table.appointees { font-size: 8pt; }
table.appointees th { hyphens: manual; }
.col-no, .col-page { width: 7mm; }
.col-grade, .col-echelon { width: 11mm; }
.col-rank { width: 18mm; }
.col-name { width: 30mm; }
table.findings td:first-child { white-space: nowrap; width: 22mm; }
table.findings td:nth-child(2) { width: 40mm; }
table.findings td:nth-child(3) { width: 16mm; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.nip { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; white-space: nowrap; }
.status { display: inline-block; border: 1.5pt solid #000; padding: 0 2mm; font-weight: bold; margin-left: 2mm; }
.status-verified { background: #dff3df; }
.status-unverified { background: #fff1c2; border-style: dashed; }
.status-not-a-decree { background: #eeeeee; }
.status-invalid, .status-unreadable { background: #fbdcdc; border-style: double; border-width: 3pt; }
.result { font-weight: bold; white-space: nowrap; }
tr.match .result { background: #dff3df; }
tr.differs .result { background: #fbdcdc; }
tr.unverified .result { background: #fff1cc; font-style: italic; }
.why { font-weight: normal; font-style: italic; white-space: normal; }
.severity { font-weight: bold; text-transform: uppercase; font-size: 8.5pt; }
.severity-error { background: #fbdcdc; }
.severity-warning { background: #fff1cc; }
td.faulty { outline: 1.5pt solid #000; outline-offset: -1.5pt; font-weight: bold; }
td.faulty-error { background: #fbdcdc; }
td.faulty-warning { background: #fff1cc; }
.mark { display: block; font-size: 7pt; font-weight: bold; white-space: nowrap; }
.note { font-size: 8.5pt; font-style: italic; margin: 0 0 1mm; }
.description { font-size: 8.5pt; margin: 0 0 1mm; }
footer { margin-top: 6mm; border-top: 1.5pt solid #000; padding-top: 2mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; }
  section.document { break-before: page; border-top: none; margin-top: 0; padding-top: 0; }
  section.document:first-of-type { break-before: auto; }
  .appointees-block { page: lampiran; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  tr, td, th { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
}
