import { extname } from 'node:path';
import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { detectEncoding, type Encoding, markNot1252 } from './csv.js';
import type { InputFile } from './input.js';

/** A press text as read: its lines in order; '' marks a blank line (a paragraph break). */
export interface TextContent {
  lines: string[];
  html: boolean;
  /** The encoding the text was read with, and whether some of its bytes were not valid in it. */
  encoding: Encoding;
  invalidBytes: boolean;
}

// A press release is a few kilobytes; a news page with its scripts, a few hundred.
const MAX_BYTES = 16 * 1024 * 1024;

async function readAll(input: InputFile): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input.chunks()) {
    size += chunk.length;
    if (size > MAX_BYTES) throw new SkError('file-unreadable', say('file-unreadable/text-size', {}));
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Buffer): { text: string; encoding: Encoding; invalidBytes: boolean } {
  const { encoding, bom } = detectEncoding(bytes.subarray(0, 64 * 1024));
  const body = bom ? bytes.subarray(encoding === 'utf-8' ? 3 : 2) : bytes;
  // Node 20's one-shot decode treats windows-1252 as Latin-1 (0x93 stays U+0093); the streaming path maps it.
  const decoder = new TextDecoder(encoding);
  const decoded = decoder.decode(body, { stream: true }) + decoder.decode();
  const text = encoding === 'windows-1252' ? markNot1252(decoded) : decoded;
  return { text, encoding, invalidBytes: text.includes('\uFFFD') };
}

/** Markup, not text: `<!doctype html>`, `<html`, or a few block tags near the start. */
function looksLikeHtml(source: string, text: string): boolean {
  const ext = extname(source).toLowerCase();
  if (ext === '.html' || ext === '.htm') return true;
  if (ext === '.txt' || ext === '.md') return false;
  return /^\s*(?:<!doctype\s+html|<html[\s>])/i.test(text.slice(0, 1024));
}

/** Reads a plain-text, Markdown or HTML input into lines of text. */
export async function readText(input: InputFile): Promise<TextContent> {
  const bytes = await readAll(input);
  if (bytes.includes(0)) throw new SkError('file-unreadable', say('file-unreadable/text-binary', {}));
  const { text, encoding, invalidBytes } = decode(bytes);
  if (looksLikeHtml(input.source, text)) {
    // Imported here so that PDF and CSV runs never load the HTML parser.
    const { htmlLines } = await import('./html.js');
    return { lines: htmlLines(text), html: true, encoding, invalidBytes };
  }
  const lines = text.split(/\r\n|\n|\r/).map((line) => line.replace(/\s+/g, ' ').trim());
  return { lines, html: false, encoding, invalidBytes };
}
