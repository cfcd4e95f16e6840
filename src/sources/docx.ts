import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { padRows, WordBuilder, type WordDocument, type WordRow } from './word-model.js';
import { child, descendants, elements, isElement, type XmlElement } from './xml-tree.js';
import type { ZipPackage } from './zip.js';

/** `w:val` false in any of its spellings: an on/off property switched off. */
const isOff = (element: XmlElement | undefined) =>
  element === undefined || ['false', '0', 'off'].includes(element.attrs['w:val'] ?? '');

interface Section {
  /** Header part names by type (`default`, `first`), as far as this section says. */
  headers: Record<string, string>;
  titlePage: boolean;
  continuous: boolean;
}

/** Reads a WordprocessingML package (`word/document.xml`, its headers) into paragraphs and tables. */
export async function readDocx(zip: ZipPackage): Promise<WordDocument> {
  const document = await zip.xml('word/document.xml');
  if (document === null) {
    throw new SkError('file-unreadable', say('file-unreadable/docx-no-document', {}));
  }
  const body = child(child(document, 'w:document'), 'w:body');
  if (!body) throw new SkError('file-unreadable', say('file-unreadable/docx-no-body', {}));
  const targets = relationships(await zip.xml('word/_rels/document.xml.rels'));
  const sections = descendants(body, 'w:sectPr').map((sectPr) => section(sectPr, targets));
  const headers = new Map<string, XmlElement | null>();
  for (const part of new Set(sections.flatMap((s) => Object.values(s.headers)))) {
    const xml = await zip.xml(part);
    headers.set(part, xml === null ? null : (child(xml, 'w:hdr') ?? null));
  }
  const reader = new DocxReader(sections, headers);
  reader.startSection(0);
  reader.blocks(body, reader.out);
  return { blocks: reader.out.blocks };
}

/** `rId7` -> `word/header2.xml`. */
function relationships(xml: XmlElement | null): Map<string, string> {
  const map = new Map<string, string>();
  if (xml === null) return map;
  for (const rel of descendants(xml, 'Relationship')) {
    const { Id: id, Target: target } = rel.attrs;
    if (id && target) map.set(id, target.startsWith('/') ? target.slice(1) : `word/${target}`);
  }
  return map;
}

function section(sectPr: XmlElement, targets: Map<string, string>): Section {
  const headers: Record<string, string> = {};
  for (const ref of elements(sectPr, 'w:headerReference')) {
    const target = targets.get(ref.attrs['r:id'] ?? '');
    if (target) headers[ref.attrs['w:type'] ?? 'default'] = target;
  }
  const titlePg = child(sectPr, 'w:titlePg');
  return {
    headers,
    titlePage: titlePg !== undefined && !isOff(titlePg),
    continuous: child(sectPr, 'w:type')?.attrs['w:val'] === 'continuous',
  };
}

class DocxReader {
  readonly out = new WordBuilder();
  #section = 0;
  readonly #inherited: Record<string, string> = {};

  constructor(
    readonly sections: readonly Section[],
    readonly headers: ReadonlyMap<string, XmlElement | null>,
  ) {}

  /** A section starts: its page header's text comes first on its first page, as in print. */
  startSection(index: number): void {
    this.#section = index;
    const current = this.sections[index];
    if (!current) return;
    Object.assign(this.#inherited, current.headers);
    if (index > 0 && current.continuous) return;
    if (index > 0) this.out.nextPage();
    const part = (current.titlePage ? current.headers.first : undefined) ?? this.#inherited.default;
    const header = part ? this.headers.get(part) : undefined;
    if (!header) return;
    const inner = new WordBuilder();
    this.blocks(header, inner);
    this.out.header(inner);
  }

  /** The block-level content of a body, cell, header or text box, in order. */
  blocks(container: XmlElement, out: WordBuilder): void {
    for (const node of container.children) {
      if (!isElement(node)) continue;
      switch (node.name) {
        case 'w:p':
          this.paragraph(node, out);
          break;
        case 'w:tbl':
          this.table(node, out);
          break;
        case 'w:sdt':
          this.blocks(child(node, 'w:sdtContent') ?? node, out);
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.blocks(node, out);
          break;
        default:
          break;
      }
    }
  }

  paragraph(p: XmlElement, out: WordBuilder): void {
    const pPr = child(p, 'w:pPr');
    const breakBefore = child(pPr, 'w:pageBreakBefore');
    if (breakBefore && !isOff(breakBefore)) out.nextPage();
    const frames: XmlElement[] = [];
    let text = '';
    const flushPage = () => {
      out.paragraph(text);
      text = '';
      out.nextPage();
    };
    const inline = (node: XmlElement): void => {
      for (const item of node.children) {
        if (!isElement(item)) continue;
        switch (item.name) {
          case 'w:t':
            text += item.children.filter((c): c is string => typeof c === 'string').join('');
            break;
          case 'w:tab':
          case 'w:ptab':
            text += '\t';
            break;
          case 'w:br':
            if (item.attrs['w:type'] === 'page') flushPage();
            else text += '\n';
            break;
          case 'w:cr':
            text += '\n';
            break;
          case 'w:lastRenderedPageBreak':
            if (text.trim() !== '') flushPage();
            else out.nextPage();
            break;
          case 'w:noBreakHyphen':
            text += '-';
            break;
          case 'w:txbxContent':
            frames.push(item);
            break;
          case 'mc:AlternateContent': {
            // Choice and Fallback hold the same text box twice: read the first.
            const first = elements(item)[0];
            if (first) inline(first);
            break;
          }
          case 'w:pPr':
          case 'w:rPr':
          case 'w:del':
          case 'w:moveFrom':
          case 'w:instrText':
          case 'w:delText':
            break;
          default:
            inline(item);
        }
      }
    };
    inline(p);
    out.paragraph(text);
    for (const frame of frames) this.blocks(frame, out);
    if (pPr && child(pPr, 'w:sectPr') && out === this.out) this.startSection(this.#section + 1);
  }

  table(tbl: XmlElement, out: WordBuilder): void {
    const page = out.page;
    const rows: WordRow[] = [];
    const merged = new Map<number, string>();
    const eachRow = (parent: XmlElement) => {
      for (const tr of elements(parent)) {
        if (tr.name === 'w:sdt' || tr.name === 'w:customXml') eachRow(child(tr, 'w:sdtContent') ?? tr);
        else if (tr.name === 'w:tr') rows.push(this.row(tr, out, merged));
      }
    };
    eachRow(tbl);
    padRows(rows);
    out.blocks.push({ kind: 'table', page, rows });
  }

  row(tr: XmlElement, out: WordBuilder, merged: Map<number, string>): WordRow {
    const trPr = child(tr, 'w:trPr');
    const tblHeader = child(trPr, 'w:tblHeader');
    const row: WordRow = {
      page: out.page,
      cells: [],
      above: [],
      header: tblHeader !== undefined && !isOff(tblHeader),
    };
    let column = Number(child(trPr, 'w:gridBefore')?.attrs['w:val'] ?? 0) || 0;
    const place = (at: number, text: string, above: string | null) => {
      while (row.cells.length < at) {
        row.cells.push('');
        row.above.push(null);
      }
      row.cells[at] = text;
      row.above[at] = above;
    };
    const cells = (parent: XmlElement) => {
      for (const tc of elements(parent)) {
        if (tc.name === 'w:sdt' || tc.name === 'w:customXml') {
          cells(child(tc, 'w:sdtContent') ?? tc);
          continue;
        }
        if (tc.name !== 'w:tc') continue;
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.max(1, Number(child(tcPr, 'w:gridSpan')?.attrs['w:val'] ?? 1) || 1);
        const vMerge = child(tcPr, 'w:vMerge');
        // A page break rendered inside a cell moves the rest of the document on.
        const text = out.cellText((inner) => this.blocks(tc, inner));
        const continued = vMerge !== undefined && (vMerge.attrs['w:val'] ?? 'continue') === 'continue';
        if (continued) {
          place(column, text, merged.get(column) ?? null);
        } else {
          place(column, text, null);
          if (vMerge) merged.set(column, text);
          else merged.delete(column);
        }
        for (let k = 1; k < span; k++) place(column + k, '', null);
        column += span;
      }
    };
    cells(tr);
    return row;
  }
}
