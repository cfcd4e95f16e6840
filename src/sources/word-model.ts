/**
 * A word-processor document (`.docx`, `.odt`) as sk-check reads it: paragraphs and tables in reading
 * order, each on the page it starts on as far as the file says (page and section breaks, and the
 * page breaks the word processor last rendered, when it kept them).
 */
export interface WordDocument {
  blocks: WordBlock[];
}

export type WordBlock = WordParagraph | WordTable;

export interface WordParagraph {
  kind: 'paragraph';
  page: number;
  /** Its text; a line break inside the paragraph is `\n`, a tab a space. */
  text: string;
}

export interface WordTable {
  kind: 'table';
  page: number;
  rows: WordRow[];
}

/**
 * One table row over the table's grid columns. A cell spanning columns gives its text to its first
 * column and '' to the others; a cell merged down from the row above is '' with that cell's text in
 * `above`, so a reader can tell a person's second row from a value shared by several people.
 */
export interface WordRow {
  page: number;
  cells: string[];
  above: Array<string | null>;
  /** A heading row the word processor repeats at the top of each page. */
  header: boolean;
}

/** Where the walkers put what they read, counting pages. */
export class WordBuilder {
  readonly blocks: WordBlock[] = [];
  page = 1;
  #filled = false;

  /** A page or section break: the next content starts a page, unless this page holds none yet. */
  nextPage(): void {
    if (!this.#filled) return;
    this.page++;
    this.#filled = false;
  }

  /** Content on the current page; page headers do not count, so a break after one stays on its page. */
  fill(): void {
    this.#filled = true;
  }

  paragraph(text: string, fills = true): void {
    if (fills && text.trim() !== '') this.fill();
    this.blocks.push({ kind: 'paragraph', page: this.page, text });
  }

  /** A table cell's text, read by `read` into a builder of its own: a page break inside it moves this one on. */
  cellText(read: (inner: WordBuilder) => void): string {
    const inner = new WordBuilder();
    inner.page = this.page;
    read(inner);
    if (inner.page > this.page) {
      this.page = inner.page;
      this.fill();
    }
    const text = blocksText(inner.blocks);
    if (text.trim() !== '') this.fill();
    return text;
  }

  /** A page header's blocks, read on their own, placed on the current page without filling it. */
  header(header: WordBuilder): void {
    for (const block of header.blocks) {
      if (block.kind === 'paragraph') this.paragraph(block.text, false);
      else
        this.blocks.push({
          ...block,
          page: this.page,
          rows: block.rows.map((row) => ({ ...row, page: this.page })),
        });
    }
  }
}

/** Text of blocks read inside a table cell or a frame: paragraphs as lines, a nested table row as a line. */
function blocksText(blocks: readonly WordBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') lines.push(block.text);
    else
      for (const row of block.rows) {
        lines.push(
          row.cells
            .map((cell) => cell.replace(/\s+/g, ' ').trim())
            .filter(Boolean)
            .join(' '),
        );
      }
  }
  while (lines.length > 0 && (lines.at(-1) ?? '').trim() === '') lines.pop();
  return lines.join('\n');
}

/** Cells of a row padded to `width` columns. */
export function padRows(rows: WordRow[]): void {
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  for (const row of rows) {
    while (row.cells.length < width) row.cells.push('');
    while (row.above.length < width) row.above.push(null);
  }
}
