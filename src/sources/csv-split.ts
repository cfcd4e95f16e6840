import { createReadStream } from 'node:fs';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The offset of the first record that starts at or after `target` bytes into a CSV file, following
 * quoting as csv-parse does with `relax_quotes`: a quote opens a quoted field only at the start of a
 * field, `""` inside one is a quote, and a line break inside quotes belongs to the cell. Null when
 * no record starts after `target`. The caller must still check that reading up to the offset ends
 * cleanly: a file that breaks these rules can fool any scanner, and then the file is read whole.
 */
export async function recordStartAfter(
  path: string,
  target: number,
  delimiter: string,
  dataStart: number,
): Promise<number | null> {
  const separator = delimiter.charCodeAt(0);
  let inQuotes = false;
  // A quote ending a chunk inside quotes: closing, or the first of `""`; the next byte tells.
  let pendingQuote = false;
  let previous = LF;
  let offset = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let i = 0;
    // The next quote at or after i, found once and kept: searching again for every line would scan
    // the rest of a quote-free chunk once per line.
    let nextQuote = -2;
    const quoteFrom = (from: number) => {
      if (nextQuote === -2 || (nextQuote !== -1 && nextQuote < from)) nextQuote = chunk.indexOf(QUOTE, from);
      return nextQuote;
    };
    if (pendingQuote) {
      pendingQuote = false;
      if (chunk[0] === QUOTE) i = 1;
      else inQuotes = false;
    }
    while (i < chunk.length) {
      if (inQuotes) {
        const quote = chunk.indexOf(QUOTE, i);
        if (quote < 0) break;
        if (quote + 1 === chunk.length) {
          pendingQuote = true;
          break;
        }
        if (chunk[quote + 1] === QUOTE) i = quote + 2;
        else {
          inQuotes = false;
          i = quote + 1;
        }
        continue;
      }
      const quote = quoteFrom(i);
      const newline = chunk.indexOf(LF, i);
      if (newline >= 0 && (quote < 0 || newline < quote)) {
        if (offset + newline + 1 >= target) return offset + newline + 1;
        i = newline + 1;
        continue;
      }
      if (quote < 0) break;
      const before = quote > 0 ? chunk[quote - 1] : previous;
      const fieldStart =
        before === separator || before === LF || before === CR || offset + quote === dataStart;
      if (fieldStart) inQuotes = true;
      i = quote + 1;
    }
    previous = chunk[chunk.length - 1] ?? previous;
    offset += chunk.length;
  }
  return null;
}
