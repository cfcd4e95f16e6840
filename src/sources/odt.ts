import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { padRows, WordBuilder, type WordDocument, type WordRow } from './word-model.js';
import { child, descendant, descendants, elements, isElement, type XmlElement } from './xml-tree.js';
import type { ZipPackage } from './zip.js';

interface Style {
  parent: string | undefined;
  masterPage: string | undefined;
  breakBefore: boolean;
  breakAfter: boolean;
}

/** Repeated empty rows or cells (a table padded to the sheet's end) are read once: they hold nothing. */
const MAX_REPEAT = 1000;

/** Reads an OpenDocument text (`content.xml`, the page headers of `styles.xml`) into paragraphs and tables. */
export async function readOdt(zip: ZipPackage): Promise<WordDocument> {
  const manifest = await zip.text('META-INF/manifest.xml');
  if (manifest?.includes('encryption-data'))
    throw new SkError('document-encrypted', say('document-encrypted/password', {}));
  const content = await zip.xml('content.xml');
  if (content === null) {
    throw new SkError('file-unreadable', say('file-unreadable/odt-no-content', {}));
  }
  const styles = await zip.xml('styles.xml');
  const text = descendant(content, 'office:text');
  if (!text) {
    throw new SkError('file-unreadable', say('file-unreadable/odt-no-body', {}));
  }
  const reader = new OdtReader(styleTable([content, styles]), masterPages(styles));
  reader.blocks(text, reader.out);
  return { blocks: reader.out.blocks };
}

function styleTable(roots: ReadonlyArray<XmlElement | null>): Map<string, Style> {
  const table = new Map<string, Style>();
  for (const root of roots) {
    if (!root) continue;
    for (const style of descendants(root, 'style:style')) {
      const name = style.attrs['style:name'];
      if (!name) continue;
      const props = [
        ...elements(style, 'style:paragraph-properties'),
        ...elements(style, 'style:table-properties'),
      ];
      table.set(name, {
        parent: style.attrs['style:parent-style-name'],
        masterPage: style.attrs['style:master-page-name'],
        breakBefore: props.some((p) => p.attrs['fo:break-before'] === 'page'),
        breakAfter: props.some((p) => p.attrs['fo:break-after'] === 'page'),
      });
    }
  }
  return table;
}

function masterPages(styles: XmlElement | null): Map<string, XmlElement | null> {
  const pages = new Map<string, XmlElement | null>();
  if (!styles) return pages;
  for (const master of descendants(styles, 'style:master-page')) {
    pages.set(master.attrs['style:name'] ?? '', child(master, 'style:header') ?? null);
  }
  return pages;
}

class OdtReader {
  readonly out = new WordBuilder();
  #started = false;

  constructor(
    readonly styles: ReadonlyMap<string, Style>,
    readonly masters: ReadonlyMap<string, XmlElement | null>,
  ) {}

  #style(name: string | undefined, test: (style: Style) => boolean): boolean {
    for (let k = 0, at = name; at !== undefined && k < 20; k++) {
      const style = this.styles.get(at);
      if (!style) return false;
      if (test(style)) return true;
      at = style.parent;
    }
    return false;
  }

  /** Before a top-level block: a new master page breaks the page and prints its header first. */
  #before(styleName: string | undefined, out: WordBuilder): void {
    if (out !== this.out) return;
    const master = styleName ? this.styles.get(styleName)?.masterPage : undefined;
    if (!this.#started) {
      this.#started = true;
      this.#header(master || 'Standard');
      return;
    }
    if (master) {
      out.nextPage();
      this.#header(master);
    } else if (this.#style(styleName, (s) => s.breakBefore)) out.nextPage();
  }

  #after(styleName: string | undefined, out: WordBuilder): void {
    if (out === this.out && this.#style(styleName, (s) => s.breakAfter)) out.nextPage();
  }

  #header(master: string): void {
    const header = this.masters.get(master);
    if (!header) return;
    const inner = new WordBuilder();
    this.blocks(header, inner);
    this.out.header(inner);
  }

  blocks(container: XmlElement, out: WordBuilder): void {
    for (const node of container.children) {
      if (!isElement(node)) continue;
      switch (node.name) {
        case 'text:p':
        case 'text:h':
          this.#before(node.attrs['text:style-name'], out);
          this.paragraph(node, out);
          this.#after(node.attrs['text:style-name'], out);
          break;
        case 'table:table':
          this.#before(node.attrs['table:style-name'], out);
          this.table(node, out);
          this.#after(node.attrs['table:style-name'], out);
          break;
        case 'text:soft-page-break':
          out.nextPage();
          break;
        case 'text:list':
        case 'text:list-item':
        case 'text:list-header':
        case 'text:section':
        case 'text:index-body':
        case 'text:table-of-content':
        case 'text:alphabetical-index':
        case 'draw:text-box':
          this.blocks(node, out);
          break;
        default:
          break;
      }
    }
  }

  paragraph(p: XmlElement, out: WordBuilder): void {
    const frames: XmlElement[] = [];
    let text = '';
    const inline = (node: XmlElement): void => {
      for (const item of node.children) {
        if (!isElement(item)) {
          text += item.replace(/[\r\n]+/g, '');
          continue;
        }
        switch (item.name) {
          case 'text:s':
            text += ' '.repeat(Math.min(MAX_REPEAT, Math.max(1, Number(item.attrs['text:c'] ?? 1) || 1)));
            break;
          case 'text:tab':
            text += '\t';
            break;
          case 'text:line-break':
            text += '\n';
            break;
          case 'text:soft-page-break':
            out.paragraph(text);
            text = '';
            out.nextPage();
            break;
          case 'draw:text-box':
            frames.push(item);
            break;
          case 'text:note':
          case 'office:annotation':
          case 'text:tracked-changes':
          case 'text:deletion':
          case 'draw:image':
            break;
          default:
            inline(item);
        }
      }
    };
    inline(p);
    out.paragraph(text);
    for (const frame of frames) this.blocks(frame, out);
  }

  table(table: XmlElement, out: WordBuilder): void {
    const page = out.page;
    const rows: WordRow[] = [];
    /** Cells spanning rows down, by their first column: the rows they still cover, and their text. */
    const spans = new Map<number, { until: number; text: string }>();
    const eachRow = (parent: XmlElement, header: boolean) => {
      for (const node of elements(parent)) {
        switch (node.name) {
          case 'table:table-header-rows':
            eachRow(node, true);
            break;
          case 'table:table-rows':
          case 'table:table-row-group':
            eachRow(node, header);
            break;
          case 'text:soft-page-break':
            out.nextPage();
            break;
          case 'table:table-row': {
            const row = this.row(node, out, header, rows.length, spans);
            const repeat = Number(node.attrs['table:number-rows-repeated'] ?? 1) || 1;
            const empty = row.cells.every((cell) => cell.trim() === '');
            const times = empty ? 1 : Math.min(repeat, MAX_REPEAT);
            for (let k = 0; k < times; k++)
              rows.push(k === 0 ? row : { ...row, cells: [...row.cells], above: [...row.above] });
            break;
          }
          default:
            break;
        }
      }
    };
    eachRow(table, false);
    padRows(rows);
    out.blocks.push({ kind: 'table', page, rows });
  }

  row(
    tr: XmlElement,
    out: WordBuilder,
    header: boolean,
    index: number,
    spans: Map<number, { until: number; text: string }>,
  ): WordRow {
    const row: WordRow = { page: out.page, cells: [], above: [], header };
    for (const cell of elements(tr)) {
      if (cell.name !== 'table:table-cell' && cell.name !== 'table:covered-table-cell') continue;
      const text = out.cellText((inner) => this.blocks(cell, inner));
      const repeat = Number(cell.attrs['table:number-columns-repeated'] ?? 1) || 1;
      const times = text.trim() === '' && repeat > MAX_REPEAT ? 1 : Math.min(repeat, MAX_REPEAT);
      for (let k = 0; k < times; k++) {
        const column = row.cells.length;
        if (cell.name === 'table:covered-table-cell') {
          const span = spans.get(column);
          row.cells.push(text);
          row.above.push(span && span.until > index ? span.text : null);
          continue;
        }
        row.cells.push(text);
        row.above.push(null);
        const down = Number(cell.attrs['table:number-rows-spanned'] ?? 1) || 1;
        if (down > 1) spans.set(column, { until: index + down, text });
        else spans.delete(column);
      }
    }
    return row;
  }
}
