import type { BandKind, BandTrace, EdgesSource, PageTrace } from '../extract/table-trace.js';

/** Band fill per kind; person rows alternate between two greens so that neighbours stay apart. */
const BAND_COLOURS: Record<BandKind, string> = {
  header: '#1f77b4',
  numbering: '#17becf',
  person: '#2ca02c',
  continuation: '#ff7f0e',
  section: '#9467bd',
  decree: '#e377c2',
  total: '#8c564b',
  ignored: '#7f7f7f',
};
const PERSON_EVEN = '#7bc96f';

const EDGE_COLOURS: Record<EdgesSource, string> = {
  rules: '#1a237e',
  aligned: '#c2185b',
  carried: '#00897b',
};

const EDGE_NAMES: Record<EdgesSource, string> = {
  rules: 'from rules',
  aligned: 'aligned cell starts',
  carried: 'carried from the page before',
};

const NOTE_COLOUR = '#d50000';
const FIELD_COLOUR = '#0d47a1';
const ITEM_COLOUR = '#8a8a8a';
const LABEL_SIZE = 6;
/** A white outline under small labels, so that they read over the page's own text. */
const HALO = 'paint-order="stroke" stroke="#ffffff" stroke-width="2" stroke-linejoin="round"';

/** What a band is called in the picture: `row 12`, `row 12 (cont.)`, `section`, `header`. */
export function bandLabel(band: BandTrace): string {
  if (band.kind === 'person' && band.row !== undefined) return `row ${band.row}`;
  if (band.kind === 'continuation' && band.row !== undefined) return `row ${band.row} (cont.)`;
  return band.kind;
}

/**
 * The page as the attachment reader saw it, as an SVG in the page's own points: its text (grey), its
 * ruling lines, the column edges it used (dashed, coloured by where they came from), each band of
 * lines with what it became, the field of each column, and the note of a skipped or doubted page.
 */
const SEPARATOR_COLOUR = '#2b6cb0';

export function traceSvg(trace: PageTrace): string {
  const { width, height } = trace;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family="Helvetica, Arial, sans-serif">`,
    `<title>${escapeXml(`page ${trace.page}`)}</title>`,
    `<rect class="page" x="0" y="0" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    ...bands(trace),
    ...rules(trace),
    ...items(trace),
    ...edges(trace),
    ...separators(trace),
    ...fields(trace),
    ...note(trace),
    ...legend(trace),
    '</svg>',
  ];
  return `${parts.join('\n')}\n`;
}

/** The table's left and right ends, and the top and bottom of its bands; null without edges. */
function tableBox(trace: PageTrace): { left: number; right: number; top: number; bottom: number } | null {
  const first = trace.edges?.[0];
  const last = trace.edges?.at(-1);
  if (first === undefined || last === undefined) return null;
  if (trace.bands.length === 0) return { left: first, right: last, top: 0, bottom: trace.height };
  return {
    left: first,
    right: last,
    top: Math.min(...trace.bands.map((band) => band.top)) - 1,
    bottom: Math.max(...trace.bands.map((band) => band.bottom)) + 2,
  };
}

function bands(trace: PageTrace): string[] {
  const box = tableBox(trace);
  if (!box) return [];
  // Outside the table when the margin leaves room for the label, else inside its right end.
  const outside = box.left >= 28;
  const out = ['<g class="bands">'];
  for (const band of trace.bands) {
    const colour =
      band.kind === 'person' && (band.row ?? 0) % 2 === 0 ? PERSON_EVEN : BAND_COLOURS[band.kind];
    const top = band.top - 1;
    const label = bandLabel(band);
    const cells = band.cells.map((cell) => cell.replace(/\n/g, ' / ')).join(' | ');
    out.push(
      `<rect class="band band-${band.kind}" data-kind="${band.kind}" x="${num(box.left)}" y="${num(top)}" width="${num(box.right - box.left)}" height="${num(band.bottom - band.top + 3)}" fill="${colour}" fill-opacity="0.22" stroke="${colour}" stroke-width="0.4"><title>${escapeXml(`${label}: ${cells}`)}</title></rect>`,
      `<text class="band-label" x="${num(outside ? box.left - 2 : box.right - 2)}" y="${num(top + LABEL_SIZE)}" font-size="${LABEL_SIZE}" text-anchor="end" fill="${BAND_COLOURS[band.kind]}" ${HALO}>${escapeXml(label)}</text>`,
    );
  }
  out.push('</g>');
  return out;
}

function rules(trace: PageTrace): string[] {
  if (trace.rules.length === 0) return [];
  return [
    '<g class="rules" stroke="#000000" stroke-width="0.5">',
    ...trace.rules.map(
      (rule) =>
        `<line class="rule" x1="${num(rule.x1)}" y1="${num(rule.y1)}" x2="${num(rule.x2)}" y2="${num(rule.y2)}"/>`,
    ),
    '</g>',
  ];
}

function items(trace: PageTrace): string[] {
  if (trace.items.length === 0) return [];
  const out = [`<g class="items" fill="${ITEM_COLOUR}">`];
  for (const item of trace.items) {
    // textLength keeps each run as wide as in the PDF, whatever font the viewer substitutes.
    const fit = item.width > 0 ? ` textLength="${num(item.width)}" lengthAdjust="spacingAndGlyphs"` : '';
    out.push(
      `<text x="${num(item.x)}" y="${num(item.y)}" font-size="${num(item.height)}"${fit}>${escapeXml(item.text)}</text>`,
    );
  }
  out.push('</g>');
  return out;
}

function edges(trace: PageTrace): string[] {
  const box = tableBox(trace);
  if (!box || !trace.edges) return [];
  const from = trace.edgesFrom ?? 'rules';
  const colour = EDGE_COLOURS[from];
  return [
    `<g class="edges" stroke="${colour}" stroke-width="0.8" stroke-dasharray="3 2">`,
    ...trace.edges.map(
      (x) =>
        `<line class="edge edge-${from}" data-from="${from}" x1="${num(x)}" y1="${num(box.top - 8)}" x2="${num(x)}" y2="${num(box.bottom + 2)}"/>`,
    ),
    '</g>',
  ];
}

/**
 * The horizontal rules taken as row separators (solid, over the ruling lines), and where the table
 * ended on this page (the next page does not carry it on).
 */
function separators(trace: PageTrace): string[] {
  const box = tableBox(trace);
  if (!box) return [];
  const lines = (trace.separators ?? []).map(
    (y) =>
      `<line class="separator" x1="${num(box.left)}" y1="${num(y)}" x2="${num(box.right)}" y2="${num(y)}" stroke="${SEPARATOR_COLOUR}" stroke-width="0.6"/>`,
  );
  if (trace.ended) {
    lines.push(
      `<text class="table-end" x="${num(box.left)}" y="${num(box.bottom + 12)}" font-size="7" fill="${SEPARATOR_COLOUR}">table ends on this page</text>`,
    );
  }
  return lines;
}

/** The field of each column, above it: `nameNip`, `echelon`, or `-` for a column not read. */
function fields(trace: PageTrace): string[] {
  const box = tableBox(trace);
  if (!box || !trace.edges) return [];
  const y = Math.max(box.top - 3, 8);
  const out = [
    `<g class="fields" font-size="7" font-weight="bold" fill="${FIELD_COLOUR}" text-anchor="middle" ${HALO}>`,
  ];
  for (let k = 0; k + 1 < trace.edges.length; k++) {
    const centre = ((trace.edges[k] ?? 0) + (trace.edges[k + 1] ?? 0)) / 2;
    out.push(
      `<text class="field" x="${num(centre)}" y="${num(y)}">${escapeXml(trace.fields[k] ?? '-')}</text>`,
    );
    // A field read from labels of two rows says which: the label alone would not show it.
    const path = trace.paths?.[k];
    if (path?.includes(' > '))
      out.push(
        `<text class="field-path" x="${num(centre)}" y="${num(y - 8)}" font-size="5" font-weight="normal">${escapeXml(path)}</text>`,
      );
  }
  out.push('</g>');
  return out;
}

function note(trace: PageTrace): string[] {
  if (!trace.note) return [];
  const size = 9;
  const lines = wrap(
    `page ${trace.page}: ${trace.note}`,
    Math.max(20, Math.floor((trace.width - 20) / (size * 0.5))),
  );
  return [
    '<g class="note">',
    `<rect x="6" y="4" width="${num(trace.width - 12)}" height="${num(lines.length * size * 1.25 + 4)}" fill="#ffffff" fill-opacity="0.85" stroke="${NOTE_COLOUR}" stroke-width="0.6"/>`,
    ...lines.map(
      (line, i) =>
        `<text class="note-text" x="10" y="${num(4 + size * (1 + i * 1.25))}" font-size="${size}" fill="${NOTE_COLOUR}">${escapeXml(line)}</text>`,
    ),
    '</g>',
  ];
}

/** One line at the page's foot naming the colours: band kinds, and where the edges came from. */
function legend(trace: PageTrace): string[] {
  const size = 7;
  const y = trace.height - 6;
  const entries = Object.entries(BAND_COLOURS).map(([kind, colour]) => ({ colour, name: kind }));
  if (trace.edgesFrom)
    entries.push({ colour: EDGE_COLOURS[trace.edgesFrom], name: `edges ${EDGE_NAMES[trace.edgesFrom]}` });
  const out = [
    `<g class="legend" font-size="${size}">`,
    `<rect x="6" y="${num(y - size - 2)}" width="${num(trace.width - 12)}" height="${num(size + 5)}" fill="#ffffff" fill-opacity="0.85"/>`,
  ];
  let x = 10;
  for (const { colour, name } of entries) {
    out.push(
      `<rect class="legend-swatch" x="${num(x)}" y="${num(y - size + 0.5)}" width="${size}" height="${size}" fill="${colour}" fill-opacity="0.5"/>`,
      `<text x="${num(x + size + 2)}" y="${num(y)}" fill="#333333">${escapeXml(name)}</text>`,
    );
    x += size + 6 + name.length * size * 0.55;
  }
  out.push('</g>');
  return out;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Two decimals at most: a picture, not a measurement, and the same bytes every run. */
function num(value: number): string {
  return String(Number(value.toFixed(2)));
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an element or attribute; characters XML 1.0 forbids (PDF text has them) are dropped. */
export function escapeXml(text: string): string {
  let out = '';
  // By code point: a lone surrogate comes alone and is dropped, a pair stays.
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) out += ENTITIES[char] ?? char;
  return out;
}

function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x9 || code === 0xa || code === 0xd;
  return code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
}
