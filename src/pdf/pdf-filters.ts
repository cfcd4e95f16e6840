/**
 * PDF stream filters decoded with a cap on their output, for the bomb guard (`pdf-guard.ts`): each
 * returns the decoded bytes, or 'too-large' as soon as they pass `max`, or null when the data is not
 * what the filter expects (the PDF engine will say what it makes of it). Only filters that are cheap
 * to decode: image codecs (DCT, JPX, JBIG2, CCITT) end a chain and are left to the engine.
 */
export type Capped = Buffer | 'too-large' | null;

/** A growing output buffer that refuses to pass `max` bytes. */
class Output {
  #data: Buffer;
  length = 0;

  constructor(
    readonly max: number,
    guess: number,
  ) {
    this.#data = Buffer.allocUnsafe(Math.max(1024, Math.min(max, guess)));
  }

  /** Room for `count` more bytes; false past the cap. */
  reserve(count: number): boolean {
    const needed = this.length + count;
    if (needed > this.max) return false;
    if (needed > this.#data.length) {
      const grown = Buffer.allocUnsafe(Math.min(this.max, Math.max(needed, this.#data.length * 2)));
      this.#data.copy(grown, 0, 0, this.length);
      this.#data = grown;
    }
    return true;
  }

  get bytes(): Buffer {
    return this.#data;
  }

  done(): Buffer {
    return this.#data.subarray(0, this.length);
  }
}

const EOD = 257;
const CLEAR = 256;

/**
 * LZWDecode (PDF 32000-1, 7.4.4): codes of 9 to 12 bits, most significant first, the code width
 * growing one code early when `earlyChange` is 1 (the default). A full table is kept, not reset, as
 * pdf.js does: a repeated 12-bit code of a string thousands of bytes long is what makes an LZW bomb.
 */
export function lzwCapped(data: Uint8Array, max: number, earlyChange = 1): Capped {
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const length = new Int32Array(4096);
  for (let i = 0; i < 256; i++) {
    prefix[i] = -1;
    suffix[i] = i;
    length[i] = 1;
  }
  const out = new Output(max, data.length * 4);
  let next = 258;
  let width = 9;
  let previous = -1;
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (;;) {
    while (bits < width && at < data.length) {
      buffer = (buffer << 8) | (data[at++] ?? 0);
      bits += 8;
    }
    if (bits < width) break;
    bits -= width;
    const code = (buffer >>> bits) & ((1 << width) - 1);
    buffer &= (1 << bits) - 1;
    if (code === CLEAR) {
      next = 258;
      width = 9;
      previous = -1;
      continue;
    }
    if (code === EOD) break;
    // A code one past the table (KwKwK) is the previous string plus its own first byte.
    const known = code < next;
    if (!known && (code !== next || previous < 0)) return out.length > 0 ? out.done() : null;
    const source = known ? code : previous;
    const size = (length[source] ?? 0) + (known ? 0 : 1);
    if (!out.reserve(size)) return 'too-large';
    const bytes = out.bytes;
    let c = source;
    for (let k = out.length + (length[source] ?? 0) - 1; k >= out.length; k--) {
      bytes[k] = suffix[c] ?? 0;
      c = prefix[c] ?? -1;
    }
    const first = bytes[out.length] ?? 0;
    if (!known) bytes[out.length + size - 1] = first;
    out.length += size;
    if (previous >= 0 && next < 4096) {
      prefix[next] = previous;
      suffix[next] = first;
      length[next] = (length[previous] ?? 0) + 1;
      next++;
    }
    previous = code;
    if (next + earlyChange >= 1 << width && width < 12) width++;
  }
  return out.done();
}

/** RunLengthDecode: a length byte, then that many bytes (< 128) or one byte repeated (> 128); 128 ends. */
export function runLengthCapped(data: Uint8Array, max: number): Capped {
  const out = new Output(max, data.length * 2);
  let at = 0;
  while (at < data.length) {
    const n = data[at++] ?? 128;
    if (n === 128) break;
    const count = n < 128 ? n + 1 : 257 - n;
    if (!out.reserve(count)) return 'too-large';
    if (n < 128) out.bytes.set(data.subarray(at, at + count), out.length);
    else out.bytes.fill(data[at] ?? 0, out.length, out.length + count);
    at += n < 128 ? count : 1;
    out.length += count;
  }
  return out.done();
}

const isSpace = (byte: number) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d) || byte === 0;

/** ASCIIHexDecode: it halves its input, so it needs no cap; null on a byte that is not hex. */
export function asciiHexDecoded(data: Uint8Array): Capped {
  const text = Buffer.from(data).toString('latin1');
  const end = text.indexOf('>');
  const digits = (end < 0 ? text : text.slice(0, end)).replace(/[\s\0]+/g, '');
  if (!/^[0-9A-Fa-f]*$/.test(digits)) return null;
  return Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex');
}

/** ASCII85Decode: groups of five characters to four bytes, `z` for four zeros; `~>` ends. */
export function ascii85Capped(data: Uint8Array, max: number): Capped {
  const out = new Output(max, data.length);
  const group: number[] = [];
  const flush = (count: number) => {
    let value = 0;
    for (let k = 0; k < 5; k++) value = value * 85 + (group[k] ?? 84);
    if (!out.reserve(count)) return false;
    for (let k = 0; k < count; k++) out.bytes[out.length++] = (value >>> (24 - 8 * k)) & 0xff;
    group.length = 0;
    return true;
  };
  for (const byte of data) {
    if (byte === 0x7e /* ~ */) break;
    if (isSpace(byte)) continue;
    if (byte === 0x7a /* z */ && group.length === 0) {
      if (!out.reserve(4)) return 'too-large';
      out.bytes.fill(0, out.length, out.length + 4);
      out.length += 4;
      continue;
    }
    if (byte < 0x21 || byte > 0x75) return null;
    group.push(byte - 0x21);
    if (group.length === 5 && !flush(4)) return 'too-large';
  }
  if (group.length > 1 && !flush(group.length - 1)) return 'too-large';
  return out.done();
}
