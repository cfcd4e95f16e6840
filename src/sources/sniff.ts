import { extname } from 'node:path';
import { type Spoken, say } from '../i18n/said.js';

/** What to tell a clerk about a file sk-check does not read: what it is, then what to do (src/i18n/reader-messages.ts). */
const MAGIC: readonly [bytes: readonly number[], what: Spoken][] = [
  [[0x47, 0x49, 0x46, 0x38], say('file-unsupported/gif', {})],
  [[0x1f, 0x8b], say('file-unsupported/archive', { archive: 'gzip' })],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], say('file-unsupported/archive', { archive: '7z' })],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], say('file-unsupported/archive', { archive: 'RAR' })],
  // `{\rtf1`: a decree saved as Rich Text, read as a roster it found no header in.
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], say('file-unsupported/rtf', {})],
];

const ODF: Record<string, Spoken> = {
  spreadsheet: say('file-unsupported/ods', {}),
  presentation: say('file-unsupported/odp', {}),
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

/** The package kinds sk-check reads, by the extension a damaged or unusual package still has. */
const PACKAGE_EXTENSIONS: Record<string, PackageKind> = { '.xlsx': 'xlsx', '.docx': 'docx', '.odt': 'odt' };
export type PackageKind = 'xlsx' | 'docx' | 'odt';

/** What a ZIP's head shows it is: a workbook, a Word document, an OpenDocument text, or what else. */
function zipContent(source: string, head: Buffer): PackageKind | { other: Spoken } {
  const entries = zipEntries(head);
  const has = (folder: string) => entries.some((entry) => entry.name.startsWith(folder));
  if (has('xl/')) return 'xlsx';
  if (has('word/')) return 'docx';
  if (has('ppt/')) return { other: say('file-unsupported/pptx', {}) };
  const mimetype = entries.find((entry) => entry.name === 'mimetype')?.data ?? '';
  const odf = /^application\/vnd\.oasis\.opendocument\.([a-z-]+)/.exec(mimetype)?.[1];
  if (odf === 'text') return 'odt';
  if (odf) return { other: ODF[odf] ?? say('file-unsupported/odf-other', { odf }) };
  // A package that is no other document (its parts past the head, or damaged) is its reader's to
  // judge, by its name.
  const byName = PACKAGE_EXTENSIONS[extname(source).toLowerCase()];
  return byName ?? { other: say('file-unsupported/archive', { archive: 'ZIP' }) };
}

/** The kind of a ZIP package sk-check reads; a workbook when the head cannot tell. */
export function packageKind(source: string, head: Buffer): PackageKind {
  const content = zipContent(source, head);
  return typeof content === 'string' ? content : 'xlsx';
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const isCfb = (head: Uint8Array) => startsWith(head, CFB_MAGIC);
const utf16 = (text: string) => Buffer.from(text, 'utf16le');

/**
 * An OLE compound file: an old Word or Excel file is refused (null for a password-protected Office
 * package, which its reader refuses with `document-encrypted`, or an .xlsx, whose reader says more).
 */
function cfbKind(source: string, head: Buffer): Spoken | null {
  if (head.includes(utf16('EncryptionInfo'))) return null;
  if (head.includes(utf16('WordDocument'))) return say('file-unsupported/doc', {});
  const extension = extname(source).toLowerCase();
  if (extension === '.xlsx' || extension === '.docx') return null;
  if (head.includes(utf16('Workbook'))) return say('file-unsupported/xls', {});
  return say('file-unsupported/ole', {});
}

/** What a CFB file that passed `cfbKind` is read as: a workbook by its name, else a Word document. */
export const cfbPackageKind = (source: string): PackageKind =>
  extname(source).toLowerCase() === '.xlsx' ? 'xlsx' : 'docx';

// Data in a script: `const pegawai = [{...`, `module.exports = {`, `export default [`.
const SCRIPT_DATA =
  /^\s*(?:(?:export\s+)?(?:const|let|var)\s+[\w$]+|module\.exports|export\s+default)\s*=?\s*[[{]/;

/**
 * JSON (or a script holding data), not a press text that opens with a bracket: `{"` or `[{`, `[[`,
 * `["`, `[]`, a variable set to an array or object, or all of it parses.
 */
function looksLikeJson(source: string, head: Buffer, whole: boolean): boolean {
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  if (extname(source).toLowerCase() === '.json') return true;
  if (SCRIPT_DATA.test(text)) return true;
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
 * What an input is when sk-check does not read it (an old .doc, an image, an archive, JSON, an
 * empty file), said with what to do; null for a PDF, a workbook, a Word or OpenDocument text or a text. `whole`: the head is
 * the whole file.
 */
export function unsupportedKind(source: string, head: Buffer, whole: boolean): Spoken | null {
  if (head.length === 0) return say('file-unsupported/empty', {});
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return null;
  if (isZip(head)) {
    const content = zipContent(source, head);
    return typeof content === 'string' ? null : content.other;
  }
  if (isCfb(head)) return cfbKind(source, head);
  if (imageFormat(head)) return null;
  for (const [bytes, what] of MAGIC) if (startsWith(head, bytes)) return what;
  return looksLikeJson(source, head, whole) ? say('file-unsupported/json', {}) : null;
}
