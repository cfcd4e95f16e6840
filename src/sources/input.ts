import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { SkError } from '../errors.js';
import { type Spoken, say } from '../i18n/said.js';
import { KIND_BY_EXTENSION } from '../kinds.js';
import { formatSize, type Limits, maxBytesFor } from '../limits.js';
import type { Kind } from '../model.js';
import { cfbPackageKind, imageFormat, isCfb, isZip, packageKind, unsupportedKind } from './sniff.js';

/** An input opened for reading: its first bytes are known, the rest streams. */
export interface InputFile {
  source: string;
  kind: Kind;
  head: Buffer;
  chunks(): AsyncIterable<Buffer>;
}

const HEAD_BYTES = 64 * 1024;

/** What standard input holds, as `--kind` says: standard input has no file name to go by. */
export const STDIN_ROLES = ['decree', 'roster', 'press'] as const;
export type StdinRole = (typeof STDIN_ROLES)[number];

// Keyed by the stream itself, so that the role travels with standard input through the runners.
const stdinRoles = new WeakMap<Readable, StdinRole>();

/** Standard input read as `role` (`--kind`) instead of by its content alone. */
export function stdinAs(stdin: Readable, role: StdinRole): Readable {
  stdinRoles.set(stdin, role);
  return stdin;
}

function kindOfRole(role: StdinRole, head: Buffer): Kind {
  switch (role) {
    case 'decree':
      if (isZip(head)) return packageKind('-', head);
      if (imageFormat(head)) return 'image';
      return isCfb(head) ? 'docx' : 'pdf';
    case 'press':
      return 'text';
    case 'roster':
      return isZip(head) ? 'xlsx' : 'csv';
  }
}

/** Content wins over the file name: a PDF saved as `.csv` is still a PDF. */
export function detectKind(source: string, head: Buffer): Kind {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (imageFormat(head)) return 'image';
  if (isZip(head)) return packageKind(source, head);
  if (isCfb(head)) return cfbPackageKind(source);
  return KIND_BY_EXTENSION[extname(source).toLowerCase()] ?? 'csv';
}

/** An old .doc, an image, an archive, JSON or an empty file: refused, saying what it is. */
function refuseUnsupported(source: string, head: Buffer, whole: boolean): void {
  const what = unsupportedKind(source, head, whole);
  if (what !== null) throw new SkError('file-unsupported', what);
}

export async function openInput(
  source: string,
  stdin?: Readable,
  limits: Partial<Limits> = {},
  signal?: AbortSignal,
): Promise<InputFile> {
  // Out of time: stop waiting for standard input, or the process would wait for its end.
  if (source === '-') signal?.addEventListener('abort', () => stdin?.destroy(), { once: true });
  const input = source === '-' ? await openStdin(stdin) : await openFile(source, limits);
  return { ...input, chunks: () => boundedChunks(input, maxBytesFor(input.kind, limits)) };
}

function tooLarge(max: number, size?: number): SkError {
  const spoken =
    size === undefined
      ? say('limit-exceeded/input-bytes', { max: formatSize(max) })
      : say('limit-exceeded/file-bytes', { size, max: formatSize(max) });
  return new SkError('limit-exceeded', spoken);
}

/** Counts as it reads: a file that grows, or standard input, is held to the same limit. */
async function* boundedChunks(input: InputFile, max: number): AsyncIterable<Buffer> {
  let size = 0;
  for await (const chunk of input.chunks()) {
    size += chunk.length;
    if (size > max) throw tooLarge(max);
    yield chunk;
  }
}

/**
 * Why a path that is no regular file cannot be read. Known from `stat` alone: opening a FIFO waits
 * for a writer, for ever, and no `--timeout` reaches a pending open.
 */
function notAFile(info: Stats): Spoken {
  if (info.isDirectory()) return say('file-unreadable/directory', {});
  if (info.isFIFO()) return say('file-unreadable/fifo', {});
  if (info.isSocket()) return say('file-unreadable/socket', {});
  if (info.isCharacterDevice() || info.isBlockDevice()) return say('file-unreadable/device', {});
  return say('file-unreadable/not-a-file', {});
}

async function openFile(source: string, limits: Partial<Limits>): Promise<InputFile> {
  const info = await stat(source).catch((error: NodeJS.ErrnoException) => {
    throw new SkError('file-unreadable', describeFsError(error));
  });
  if (!info.isFile()) throw new SkError('file-unreadable', notAFile(info));
  const head = info.size === 0 ? Buffer.alloc(0) : await readHead(source);
  refuseUnsupported(source, head, head.length >= info.size);
  const kind = detectKind(source, head);
  const max = maxBytesFor(kind, limits);
  if (info.size > max) throw tooLarge(max, info.size);
  return { source, kind, head, chunks: () => fileChunks(source) };
}

/** A path (`-` for standard input), or bytes already in memory with a name for the report. */
export type InputSource = string | { name: string; data: Uint8Array };

export function sourceName(source: InputSource): string {
  return typeof source === 'string' ? source : source.name;
}

export function openSource(
  source: InputSource,
  stdin?: Readable,
  limits: Partial<Limits> = {},
  signal?: AbortSignal,
): Promise<InputFile> {
  if (typeof source === 'string') return openInput(source, stdin, limits, signal);
  return Promise.resolve().then(() => {
    const input = openBuffer(source.name, source.data);
    const max = maxBytesFor(input.kind, limits);
    if (source.data.byteLength > max) throw tooLarge(max);
    return input;
  });
}

/** An input already in memory (the library API's buffers); `name` stands for the file name. */
export function openBuffer(name: string, data: Uint8Array): InputFile {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const head = bytes.subarray(0, HEAD_BYTES);
  refuseUnsupported(name, head, head.length === bytes.length);
  return {
    source: name,
    kind: detectKind(name, head),
    head,
    async *chunks() {
      yield bytes;
    },
  };
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new SkError('file-unreadable', describeFsError(error));
  });
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* fileChunks(path: string): AsyncIterable<Buffer> {
  const handle = await open(path, 'r');
  try {
    for await (const chunk of handle.createReadStream({ highWaterMark: HEAD_BYTES, autoClose: false })) {
      yield chunk as Buffer;
    }
  } finally {
    await handle.close();
  }
}

async function openStdin(stdin: Readable | undefined): Promise<InputFile> {
  if (!stdin) throw new SkError('file-unreadable', say('file-unreadable/stdin-missing', {}));
  const iterator = stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const pending: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    pending.push(chunk);
    size += chunk.length;
  }
  const head = Buffer.concat(pending);
  if (head.length === 0) throw new SkError('file-unreadable', say('file-unreadable/stdin-empty', {}));
  refuseUnsupported('-', head, done);
  const role = stdinRoles.get(stdin);
  let used = false;
  return {
    source: '-',
    kind: role ? kindOfRole(role, head) : detectKind('-', head),
    head,
    async *chunks() {
      if (used) throw new SkError('file-unreadable', say('file-unreadable/stdin-twice', {}));
      used = true;
      yield head;
      if (done) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      }
    },
  };
}

function describeFsError(error: NodeJS.ErrnoException): Spoken {
  switch (error.code) {
    case 'ENOENT':
      return say('file-unreadable/no-such-file', {});
    case 'EACCES':
    case 'EPERM':
      return say('file-unreadable/permission', {});
    case 'EISDIR':
      return say('file-unreadable/directory', {});
    default:
      return say('file-unreadable/cannot-open', { why: error.code ?? error.message });
  }
}
