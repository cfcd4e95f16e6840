import { extname } from 'node:path';

/** What to tell a clerk about a file sk-check does not read: what it is, then what to do. */
const SCAN = 'save it as PNG or JPEG and read it with --ocr';
const UNPACK = 'unpack it and check the files inside';
const JSON_ADVICE =
  'JSON data: give sk-check the decree (PDF), the roster (CSV or XLSX) or the press text itself';

const MAGIC: readonly [bytes: readonly number[], what: string][] = [
  [[0x47, 0x49, 0x46, 0x38], `an image (GIF): ${SCAN}`],
  [[0x1f, 0x8b], `a gzip archive: ${UNPACK}`],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], `a 7z archive: ${UNPACK}`],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], `a RAR archive: ${UNPACK}`],
];

const ODF: Record<string, string> = {
  text: 'an OpenDocument text: save it as PDF',
  spreadsheet: 'an OpenDocument spreadsheet: save the sheet as XLSX or CSV',
  presentation: 'an OpenDocument presentation: save it as PDF',
};

const startsWith = (head: Uint8Array, bytes: readonly number[]) => bytes.every((byte, i) => head[i] === byte);

/** Images read with `--ocr` as photos or scans of a decree's pages. */
const IMAGES: readonly [bytes: readonly number[], format: ImageFormat][] = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x49, 0x49, 0x2a, 0x00], 'TIFF'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF'],
];
export type ImageFormat = 'PNG' | 'JPEG' | 'TIFF';

export function imageFormat(head: Uint8Array): ImageFormat | null {
  return IMAGES.find(([bytes]) => startsWith(head, bytes))?.[1] ?? null;
}

export const isZip = (head: Uint8Array) => startsWith(head, [0x50, 0x4b, 0x03, 0x04]);

/** The entries a ZIP's head shows: each local header's name, and the start of its stored data. */
function zipEntries(head: Buffer): { name: string; data: string }[] {
  const entries: { name: string; data: string }[] = [];
  for (let at = head.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0 && at + 30 <= head.length; ) {
    const nameLength = head.readUInt16LE(at + 26);
    const extraLength = head.readUInt16LE(at + 28);
    const nameEnd = at + 30 + nameLength;
    const name = head.subarray(at + 30, nameEnd).toString('latin1');
    const size = Math.min(head.readUInt32LE(at + 18) || 80, 80);
    const data = head.subarray(nameEnd + extraLength, nameEnd + extraLength + size).toString('latin1');
    entries.push({ name, data });
    at = head.indexOf('PK\x03\x04', nameEnd, 'latin1');
  }
  return entries;
}

/** A ZIP that is not a workbook: what it is, or null for a workbook (or one the head cannot tell). */
function zipKind(source: string, head: Buffer): string | null {
  const entries = zipEntries(head);
  const has = (folder: string) => entries.some((entry) => entry.name.startsWith(folder));
  if (has('xl/')) return null;
  if (has('word/')) return 'a Word document: save it as PDF';
  if (has('ppt/')) return 'a PowerPoint presentation: save it as PDF';
  const mimetype = entries.find((entry) => entry.name === 'mimetype')?.data ?? '';
  const odf = /^application\/vnd\.oasis\.opendocument\.([a-z-]+)/.exec(mimetype)?.[1];
  if (odf) return ODF[odf] ?? `an OpenDocument file (${odf}): save it as PDF`;
  // A .xlsx that is no other document (its sheets past the head, or a damaged package) is the
  // workbook reader's to judge.
  if (extname(source).toLowerCase() === '.xlsx') return null;
  return `a ZIP archive: ${UNPACK}`;
}

/** JSON, not a press text that opens with a bracket: `{"` or `[{`, `[[`, `["`, `[]`, or all of it parses. */
function looksLikeJson(source: string, head: Buffer, whole: boolean): boolean {
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  if (extname(source).toLowerCase() === '.json') return true;
  if (!/^\s*[[{]/.test(text)) return false;
  if (/^\s*(\{\s*["}]|\[\s*[[{"\]])/.test(text)) return true;
  if (!whole) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * What an input is when sk-check does not read it (a Word document, an image, an archive, JSON, an
 * empty file), said with what to do; null for a PDF, a workbook or a text. `whole`: the head is
 * the whole file.
 */
export function unsupportedKind(source: string, head: Buffer, whole: boolean): string | null {
  if (head.length === 0) return 'an empty file: there is nothing to check';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return null;
  if (isZip(head)) return zipKind(source, head);
  if (imageFormat(head)) return null;
  for (const [bytes, what] of MAGIC) if (startsWith(head, bytes)) return what;
  return looksLikeJson(source, head, whole) ? JSON_ADVICE : null;
}
