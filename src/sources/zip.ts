import type JSZip from 'jszip';
import { SkError } from '../errors.js';
import { formatSize } from '../limits.js';

/**
 * The parts of an Office or OpenDocument package, read through jszip with a cap on what they
 * inflate to: a part is streamed and counted, and reading stops at the cap (a decompression bomb),
 * where jszip alone would inflate it whole.
 */
export class ZipPackage {
  readonly #zip: JSZip;
  #budget: number;
  readonly #max: number;

  private constructor(zip: JSZip, maxInflated: number) {
    this.#zip = zip;
    this.#budget = maxInflated;
    this.#max = maxInflated;
  }

  static async open(data: Buffer, maxInflated: number, what: string): Promise<ZipPackage> {
    const { default: JSZipClass } = await import('jszip');
    try {
      return new ZipPackage(await JSZipClass.loadAsync(data), maxInflated);
    } catch (error) {
      throw new SkError('file-unreadable', `not readable as ${what}: ${(error as Error).message}`);
    }
  }

  has(name: string): boolean {
    return this.#zip.file(name) !== null;
  }

  /** A part's text (UTF-8), or null when the package has no such part. */
  async text(name: string): Promise<string | null> {
    const file = this.#zip.file(name);
    if (!file) return null;
    const chunks: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      const stream = file.nodeStream('nodebuffer');
      stream
        .on('data', (chunk: Buffer) => {
          this.#budget -= chunk.length;
          if (this.#budget < 0) {
            stream.pause();
            reject(
              new SkError(
                'limit-exceeded',
                `the package's parts inflate to more than ${formatSize(this.#max)} (a decompression bomb?)`,
              ),
            );
            return;
          }
          chunks.push(chunk);
        })
        .on('error', (error: Error) =>
          reject(new SkError('file-unreadable', `the part ${name} cannot be read: ${error.message}`)),
        )
        .on('end', () => resolve());
    });
    return Buffer.concat(chunks).toString('utf8');
  }
}
