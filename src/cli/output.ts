import { realpathSync, rmSync, statSync } from 'node:fs';
import { type FileHandle, lstat, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { onCleanup } from '../cleanup.js';
import { SkError } from '../errors.js';
import { helpWith } from '../i18n/help.js';
import type { Lang } from '../i18n/lang.js';

/** Where a report goes, written in pieces: committed when whole, or abandoned. */
export interface OutputFile {
  write(text: string | Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Opens `--output PATH`. A regular file, or a new one, is written atomically, and through a symlink
 * to the file the link names: the link stays a link. Whatever else exists there (/dev/null, a FIFO,
 * a terminal, /dev/stdout on a pipe) would be destroyed by a rename over it: it is written in place.
 */
export async function openOutput(path: string, lang: Lang = 'en'): Promise<OutputFile> {
  const info = await stat(path).catch(() => null);
  if (info === null) {
    // A link to nothing: writing through it creates the file it names, as the shell's `>` does.
    const link = await lstat(path).catch(() => null);
    return link?.isSymbolicLink() ? InPlaceFile.open(path, lang) : AtomicFile.open(path, lang);
  }
  if (!info.isFile()) return InPlaceFile.open(path, lang);
  const target = await realpath(path).catch(() => null);
  return target === null ? InPlaceFile.open(path, lang) : AtomicFile.open(target, lang);
}

/** A device or FIFO: opened and written, nothing to rename, flush or remove. */
class InPlaceFile implements OutputFile {
  readonly #handle: FileHandle;

  private constructor(handle: FileHandle) {
    this.#handle = handle;
  }

  static async open(path: string, lang: Lang): Promise<InPlaceFile> {
    const handle = await open(path, 'w').catch((error: NodeJS.ErrnoException) => {
      const why = error.code ?? error.message;
      throw new SkError('output-unwritable', helpWith(lang, 'err.output-unwritable', { path, why }), {
        path,
      });
    });
    return new InPlaceFile(handle);
  }

  async write(text: string | Uint8Array): Promise<void> {
    if (text.length > 0) await this.#handle.writeFile(text, 'utf8');
  }

  async commit(): Promise<void> {
    await this.#handle.close();
  }

  async abort(): Promise<void> {
    await this.#handle.close().catch(() => undefined);
  }
}

/**
 * A file written so that a reader (or a crash) sees the old content or the whole new one, never a
 * part: the text goes to a temporary file in the same directory, which is flushed to disk and then
 * renamed over the target by `commit`. A report can be written as it is made, in pieces.
 */
class AtomicFile implements OutputFile {
  readonly #path: string;
  readonly #temporary: string;
  readonly #handle: FileHandle;
  // A run stopped by Ctrl-C or SIGTERM leaves no hidden .tmp file beside the report.
  readonly #forget: () => void;

  private constructor(path: string, temporary: string, handle: FileHandle) {
    this.#path = path;
    this.#temporary = temporary;
    this.#handle = handle;
    this.#forget = onCleanup(() => rmSync(temporary, { force: true }));
  }

  static async open(path: string, lang: Lang): Promise<AtomicFile> {
    // crypto loaded here: a run that writes to standard output never needs it (docs/speed.md).
    const { randomBytes } = process.getBuiltinModule('node:crypto');
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temporary, 'wx').catch((error: NodeJS.ErrnoException) => {
      throw folderError(dirname(path), error, lang);
    });
    return new AtomicFile(path, temporary, handle);
  }

  async write(text: string | Uint8Array): Promise<void> {
    if (text.length > 0) await this.#handle.writeFile(text, 'utf8');
  }

  async commit(): Promise<void> {
    try {
      await this.#handle.sync();
      await this.#handle.close();
      await rename(this.#temporary, this.#path);
      this.#forget();
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  /** Leaves the target as it was. */
  async abort(): Promise<void> {
    await this.#handle.close().catch(() => undefined);
    await rm(this.#temporary, { force: true });
    this.#forget();
  }
}

/** Why the report cannot go into `folder`, named by the folder rather than by the temporary file. */
function folderError(folder: string, error: NodeJS.ErrnoException, lang: Lang): Error {
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR': {
      const isFile = (() => {
        try {
          return !statSync(folder).isDirectory();
        } catch {
          return false;
        }
      })();
      return isFile
        ? new SkError('output-folder-missing', helpWith(lang, 'err.folder-is-file', { folder }), { folder })
        : new SkError('output-folder-missing', helpWith(lang, 'err.folder-missing', { folder }), { folder });
    }
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new SkError(
        'output-unwritable',
        helpWith(lang, 'err.folder-unwritable', { folder, why: error.code ?? '' }),
        { folder },
      );
    default:
      return error;
  }
}

/** `content` to `path` as `openOutput` writes it: atomically, or in place for a device or FIFO. */
export async function writeAtomically(path: string, content: string, lang: Lang = 'en'): Promise<void> {
  const file = await openOutput(path, lang);
  try {
    await file.write(content);
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.commit();
}

function canonicalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** True when writing `output` would overwrite one of the inputs. */
export function isOneOf(output: string, inputs: readonly string[]): boolean {
  const target = canonicalPath(output);
  return inputs.some((input) => input !== '-' && canonicalPath(input) === target);
}
