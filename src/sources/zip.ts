import type JSZip from 'jszip';
import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { formatSize } from '../limits.js';
import { DEFAULT_XML_BUDGET, type XmlBudget, type XmlElement, XmlTreeBuilder } from './xml-tree.js';

/** What a package may hold: bytes its parts inflate to together, and XML per part. */
export interface PackageBudget {
  maxInflated: number;
  xml?: XmlBudget | undefined;
}

/**
 * The parts of an Office or OpenDocument package, read through jszip with a cap on what they
 * inflate to: a part is streamed and counted, and reading stops at the cap (a decompression bomb),
 * where jszip alone would inflate it whole.
 */
export class ZipPackage {
  readonly #zip: JSZip;
  #budget: number;
  readonly #max: number;
  readonly #xml: XmlBudget;
  #elements = 0;

  private constructor(zip: JSZip, budget: PackageBudget) {
    this.#zip = zip;
    this.#budget = budget.maxInflated;
    this.#max = budget.maxInflated;
    this.#xml = budget.xml ?? DEFAULT_XML_BUDGET;
  }

  static async open(data: Buffer, budget: PackageBudget, kind: string): Promise<ZipPackage> {
    const { default: JSZipClass } = await import('jszip');
    try {
      return new ZipPackage(await JSZipClass.loadAsync(data), budget);
    } catch (error) {
      throw new SkError(
        'file-unreadable',
        say('file-unreadable/package', { kind, error: (error as Error).message }),
      );
    }
  }

  /** The jszip object itself, for a reader that hands the package on (exceljs). */
  get zip(): JSZip {
    return this.#zip;
  }

  has(name: string): boolean {
    return this.#zip.file(name) !== null;
  }

  /** The part names, with the size each says it inflates to (which may be a lie). */
  parts(): Array<{ name: string; declared: number }> {
    return Object.values(this.#zip.files)
      .filter((file) => !file.dir)
      .map((file) => ({
        name: file.name,
        declared: (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0,
      }));
  }

  /** `limit-exceeded` when parts claiming `declared` bytes together could not fit the cap. */
  refuseDeclared(declared: number): void {
    if (declared > this.#max) this.#exceeded();
  }

  /** A part's text (UTF-8), or null when the package has no such part. */
  async text(name: string): Promise<string | null> {
    const chunks: Buffer[] = [];
    const found = await this.scan(name, (chunk) => chunks.push(chunk));
    return found ? Buffer.concat(chunks).toString('utf8') : null;
  }

  /**
   * A part parsed as XML as it inflates, held to the XML budget (the element count is the whole
   * package's); null when there is no such part. Parsed in pieces, a flood of elements is stopped
   * after the budget's worth, not held whole first.
   */
  async xml(name: string): Promise<XmlElement | null> {
    const { StringDecoder } = process.getBuiltinModule('node:string_decoder');
    const decoder = new StringDecoder('utf8');
    const builder = new XmlTreeBuilder(name, this.#xml, this.#elements);
    const found = await this.scan(name, (chunk) => builder.write(decoder.write(chunk)));
    if (!found) return null;
    builder.write(decoder.end());
    const root = builder.end();
    this.#elements = builder.count;
    return root;
  }

  /** Streams a part's inflated bytes to `visit`, counted against the cap; false when there is no such part. */
  async scan(name: string, visit: (chunk: Buffer) => void): Promise<boolean> {
    const file = this.#zip.file(name);
    if (!file) return false;
    await new Promise<void>((resolve, reject) => {
      const stream = file.nodeStream('nodebuffer');
      stream
        .on('data', (chunk: Buffer) => {
          this.#budget -= chunk.length;
          try {
            if (this.#budget < 0) this.#exceeded();
            visit(chunk);
          } catch (error) {
            stream.pause();
            reject(error);
          }
        })
        .on('error', (error: Error) =>
          reject(
            new SkError(
              'file-unreadable',
              say('file-unreadable/package-part', { part: name, error: error.message }),
            ),
          ),
        )
        .on('end', () => resolve());
    });
    return true;
  }

  #exceeded(): never {
    throw new SkError('limit-exceeded', say('limit-exceeded/package', { max: formatSize(this.#max) }));
  }
}
