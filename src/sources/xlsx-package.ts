import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { ZipPackage } from './zip.js';

/** How much of a workbook sk-check reads: see `Limits` (src/limits.ts). */
export interface XlsxBudget {
  maxInflatedBytes: number;
  maxSheetRows: number;
  maxSheetCells: number;
  maxXmlDepth: number;
}

/** Parts that hold no cell values; exceljs inflates each whole, so they are emptied before it reads. */
const UNREAD = /^(xl\/media\/|xl\/embeddings\/|xl\/printerSettings\/|docProps\/thumbnail)/;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** Parts exceljs parses as XML; others (a macro project, ActiveX controls) are only counted. */
const XML = /\.(xml|rels|vml)$/i;
/** Longest tail of a chunk kept for the next one: a start tag longer than this is not counted. */
const MAX_CARRY = 1024 * 1024;

/**
 * The workbook's bytes, checked before exceljs reads them: exceljs inflates every part whole and holds
 * every row, so a decompression bomb or a million rows would take the process down in one synchronous
 * stretch no timeout reaches. Each part is inflated as a stream, counted against the package cap (its
 * declared size first), the depth of each part's XML is followed, and the sheets' rows and width are
 * counted. Pictures and embedded files are emptied: exceljs would inflate them for nothing.
 */
export async function checkedWorkbook(
  data: Buffer,
  budget: XlsxBudget,
): Promise<{ data: Buffer; cells: number }> {
  const zip = await openPackage(data, budget.maxInflatedBytes);
  const parts = zip.parts();
  const unread = parts.filter((part) => UNREAD.test(part.name));
  const read = parts.filter((part) => !UNREAD.test(part.name));
  zip.refuseDeclared(read.reduce((sum, part) => sum + part.declared, 0));
  const size = new PartSize(budget);
  for (const { name } of read) {
    if (!XML.test(name)) {
      await zip.scan(name, () => undefined);
      continue;
    }
    size.start(name, SHEET.test(name));
    await zip.scan(name, (chunk) => size.add(chunk));
  }
  const cells = size.cells();
  if (unread.length === 0) return { data, cells };
  for (const { name } of unread) zip.zip.file(name, '');
  return { data: await zip.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), cells };
}

async function openPackage(data: Buffer, maxInflated: number): Promise<ZipPackage> {
  try {
    return await ZipPackage.open(data, { maxInflated }, 'XLSX');
  } catch (error) {
    const { message } = error as Error;
    throw new SkError('file-unreadable', say('file-unreadable/xlsx', { error: message }));
  }
}

/**
 * Follows the depth of a part's XML and counts rows (all sheets together) and each sheet's width (its
 * rightmost cell) as it streams, and refuses the workbook as soon as the depth, the rows, or the rows
 * times the width they are padded to, pass the budget.
 */
class PartSize {
  #rows = 0;
  #cells = 0;
  #part = '';
  #sheet = false;
  #sheetRows = 0;
  #width = 0;
  #column = 0;
  #depth = 0;
  #carry = '';

  constructor(readonly budget: XlsxBudget) {}

  /** Cells of the sheets read so far, each row as wide as its sheet. */
  cells(): number {
    return this.#cells + (this.#sheet ? this.#sheetRows * this.#width : 0);
  }

  start(part: string, sheet: boolean): void {
    if (this.#sheet) this.#cells += this.#sheetRows * this.#width;
    this.#part = part;
    this.#sheet = sheet;
    this.#sheetRows = 0;
    this.#width = 0;
    this.#depth = 0;
    this.#carry = '';
  }

  add(chunk: Buffer): void {
    const text = this.#carry + chunk.toString('latin1');
    const cut = text.lastIndexOf('<');
    this.#carry = cut < 0 || text.length - cut > MAX_CARRY ? '' : text.slice(cut);
    const { maxSheetRows, maxSheetCells, maxXmlDepth } = this.budget;
    for (const [, close, name, attrs = ''] of text.slice(0, Math.max(cut, 0)).matchAll(TAG)) {
      if (close) {
        this.#depth--;
        continue;
      }
      if (!attrs.endsWith('/') && ++this.#depth > maxXmlDepth) {
        const params = { part: this.#part, max: maxXmlDepth };
        throw new SkError('limit-exceeded', say('limit-exceeded/xml-depth', params));
      }
      if (this.#sheet) this.#cell(name, attrs);
    }
    if (this.#rows > maxSheetRows) {
      throw new SkError('limit-exceeded', say('limit-exceeded/sheet-rows', { max: maxSheetRows }));
    }
    if (this.cells() > maxSheetCells) {
      const params = { sheet: this.#part, width: this.#width, max: maxSheetCells };
      throw new SkError('limit-exceeded', say('limit-exceeded/sheet-cells', params));
    }
  }

  #cell(name: string | undefined, attrs: string): void {
    if (name === 'row') {
      this.#rows++;
      this.#sheetRows++;
      this.#column = 0;
    } else if (name === 'c') {
      const letters = /\br\s*=\s*["']([A-Z]{1,3})\d/.exec(attrs)?.[1];
      this.#column = letters ? columnNumber(letters) : this.#column + 1;
      if (this.#column > this.#width) this.#width = this.#column;
    }
  }
}

/** A start or end tag, with or without a namespace prefix: whether it closes, its local name, its attributes. */
const TAG = /<(\/)?(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/g;

/** `A` -> 1, `XFD` -> 16384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + letter.charCodeAt(0) - 64;
  return n;
}
