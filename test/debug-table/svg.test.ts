import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { bandLabel, escapeXml, traceSvg } from '../../src/debug-table/svg.js';
import type { BandTrace, PageTrace } from '../../src/extract/table-trace.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/** The SVG's elements in document order, and what keeps it from being well-formed XML. */
function parseSvg(svg: string): { elements: Element[]; problems: string[] } {
  const elements: Element[] = [];
  const problems: string[] = [];
  const open: Array<Element & { selfClosing: boolean }> = [];
  let closed = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const raw = svg.slice(parser.startIndex, parser.endIndex + 1);
        const element = { name, attributes, text: '', selfClosing: raw.endsWith('/>') };
        open.push(element);
        elements.push(element);
      },
      ontext(text) {
        for (const element of open) element.text += text;
      },
      onclosetag(name, implied) {
        const element = open.pop();
        if (element?.name !== name) problems.push(`</${name}> closes <${element?.name}>`);
        else if (implied && !element.selfClosing) problems.push(`<${name}> is never closed`);
        if (!implied) closed++;
      },
      onerror(error) {
        problems.push(error.message);
      },
    },
    { xmlMode: true },
  );
  parser.end(svg);
  // The parser drops a closing tag that closes nothing open: count them in the source.
  if (closed !== svg.split('</').length - 1) problems.push('a closing tag closes nothing');
  if (open.length > 0) problems.push(`unclosed: ${open.map((element) => element.name).join(', ')}`);
  const bare = /&(?!(?:amp|lt|gt|quot|apos|#\d+);)/.exec(svg);
  if (bare) problems.push(`bare & at ${bare.index}`);
  if (elements[0]?.name !== 'svg' || elements.filter((element) => element.name === 'svg').length !== 1)
    problems.push('one <svg> root expected');
  return { elements, problems };
}

const byClass = (elements: readonly Element[], name: string) =>
  elements.filter((element) => (element.attributes.class ?? '').split(' ').includes(name));

const band = (kind: BandTrace['kind'], top: number, row?: number): BandTrace => ({
  kind,
  top,
  bottom: top + 8,
  row,
  cells: ['1', 'ANI & <BUDI>', ''],
});

const TRACE: PageTrace = {
  page: 4,
  width: 600,
  height: 400,
  items: [
    { text: 'NAMA / NIP', x: 90, y: 60, width: 40, height: 8 },
    { text: 'A & B <C> "D" \'E\'', x: 90, y: 90, width: 60, height: 8 },
    { text: 'bad\u0000\u0007 char \ud800', x: 90, y: 120, width: 40, height: 8 },
  ],
  rules: [
    { x1: 50, y1: 50, x2: 550, y2: 50 },
    { x1: 50, y1: 50, x2: 50, y2: 300 },
    { x1: 550, y1: 50, x2: 550, y2: 300 },
  ],
  edges: [50, 80, 250, 400, 550],
  edgesFrom: 'carried',
  fields: ['no', 'nameNip', null, 'echelon'],
  bands: [
    band('header', 52),
    band('numbering', 64),
    band('person', 76, 12),
    band('continuation', 88, 12),
    band('section', 100),
    band('person', 112, 13),
    band('total', 124),
    band('ignored', 136),
  ],
  note: 'holds NIPs but <no> table header & more',
};

describe('the well-formedness check', () => {
  it('catches an unclosed element, a stray closing tag and a bare &', () => {
    expect(parseSvg('<svg><g><rect/></svg>').problems).not.toEqual([]);
    expect(parseSvg('<svg><g/></text></svg>').problems).not.toEqual([]);
    expect(parseSvg('<svg><text>A & B</text></svg>').problems).toEqual(['bare & at 13']);
    expect(parseSvg('<svg><g></g><text>A &amp; B</text></svg>').problems).toEqual([]);
  });
});

describe('traceSvg', () => {
  const svg = traceSvg(TRACE);
  const { elements, problems } = parseSvg(svg);

  it('is well-formed XML with one <svg> root in the page size', () => {
    expect(problems).toEqual([]);
    expect(elements[0]?.attributes).toMatchObject({ width: '600', height: '400', viewBox: '0 0 600 400' });
  });

  it('draws the row separators, and says where the table ended', () => {
    const ruled = parseSvg(traceSvg({ ...TRACE, separators: [120, 140.5], ended: true })).elements;
    expect(byClass(ruled, 'separator').map((line) => line.attributes.y1)).toEqual(['120', '140.5']);
    expect(byClass(ruled, 'table-end')).toHaveLength(1);
    expect(byClass(elements, 'separator')).toEqual([]);
    expect(byClass(elements, 'table-end')).toEqual([]);
  });

  it('draws one rectangle per band, with its kind, in the order read, across the table', () => {
    const rects = byClass(elements, 'band');
    expect(rects.map((rect) => rect.attributes['data-kind'])).toEqual(TRACE.bands.map((b) => b.kind));
    expect(rects.map((rect) => rect.name)).toEqual(TRACE.bands.map(() => 'rect'));
    for (const rect of rects) expect(rect.attributes).toMatchObject({ x: '50', width: '500' });
    expect(rects[2]?.attributes.class).toBe('band band-person');
  });

  it('labels each band: row N, row N (cont.), section, header', () => {
    const labels = byClass(elements, 'band-label').map((label) => label.text);
    expect(labels).toEqual([
      'header',
      'numbering',
      'row 12',
      'row 12 (cont.)',
      'section',
      'row 13',
      'total',
      'ignored',
    ]);
  });

  it('draws one dashed line per column edge, marked with where the edges came from', () => {
    const lines = byClass(elements, 'edge');
    expect(lines.map((line) => line.attributes.x1)).toEqual(['50', '80', '250', '400', '550']);
    expect(lines.every((line) => line.attributes['data-from'] === 'carried')).toBe(true);
    expect(byClass(elements, 'edge-carried')).toHaveLength(5);
  });

  it('draws the ruling lines', () => {
    expect(byClass(elements, 'rule')).toHaveLength(3);
  });

  it("names each column's field above it, - for a column not read", () => {
    expect(byClass(elements, 'field').map((field) => field.text)).toEqual(['no', 'nameNip', '-', 'echelon']);
  });

  it('names the header path over a column read from two rows of labels', () => {
    const paths = ['NO', 'NAMA / NIP', 'JABATAN ESELON > LAMA', 'ESELON'];
    const svg = parseSvg(traceSvg({ ...TRACE, paths }));
    expect(byClass(svg.elements, 'field-path').map((path) => path.text)).toEqual(['JABATAN ESELON > LAMA']);
  });

  it('puts the note in red at the top', () => {
    const note = byClass(elements, 'note-text');
    expect(note.map((line) => line.text).join(' ')).toBe('page 4: holds NIPs but <no> table header & more');
    expect(note[0]?.attributes.fill).toBe('#d50000');
    expect(Number(note[0]?.attributes.y)).toBeLessThan(20);
  });

  it('escapes the text items and drops characters XML forbids', () => {
    const texts = byClass(elements, 'items')[0]?.text;
    expect(texts).toContain('A & B <C> "D" \'E\'');
    expect(texts).toContain('bad char ');
    expect(svg).toContain('A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;');
    expect([...svg].some((char) => char.charCodeAt(0) < 9)).toBe(false);
  });

  it('keeps cell texts of a band in its tooltip', () => {
    const title = elements.find((element) => element.name === 'title' && element.text.startsWith('row 12:'));
    expect(title?.text).toBe('row 12: 1 | ANI & <BUDI> | ');
  });

  it('a skipped page: its text and note, no bands, no edges, no fields', () => {
    const skipped = traceSvg({ ...TRACE, edges: null, edgesFrom: null, fields: [], bands: [] });
    const parsed = parseSvg(skipped);
    expect(parsed.problems).toEqual([]);
    expect(byClass(parsed.elements, 'band')).toHaveLength(0);
    expect(byClass(parsed.elements, 'edge')).toHaveLength(0);
    expect(byClass(parsed.elements, 'field')).toHaveLength(0);
    expect(byClass(parsed.elements, 'note-text').length).toBeGreaterThan(0);
  });

  it('is the same bytes every time', () => {
    expect(traceSvg(TRACE)).toBe(svg);
  });
});

describe('bandLabel and escapeXml', () => {
  it('a band without a row is called by its kind', () => {
    expect(bandLabel({ kind: 'person', top: 0, bottom: 1, cells: [] })).toBe('person');
  });

  it('keeps a surrogate pair, drops a lone surrogate and control characters', () => {
    expect(escapeXml('a\u{1F600}b\udc00c\u000bd\te')).toBe('a\u{1F600}bcd\te');
  });
});
