import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join } from 'node:path';
import type { Readable } from 'node:stream';
import { SkError } from '../errors.js';
import { type Spoken, say } from '../i18n/said.js';
import { FOLDER_EXTENSIONS } from '../kinds.js';

/** What a directory is searched for: the extensions sk-check reads. */

/** One input to check, or an argument that named nothing (kept, so that it is reported). */
export interface ExpandedInput {
  source: string;
  /** Why the argument gave no file: the batch reports it as unreadable and goes on. */
  problem?: Spoken;
}

export interface ExpandOptions {
  /** `--files-from`: a file with one path per line, or `-` for standard input. */
  filesFrom?: string | undefined;
  stdin?: Readable | undefined;
  /** Called with each file of a directory that is not a kind sk-check reads (never in silence). */
  onSkipped?: ((path: string) => void) | undefined;
}

/** Byte order, not the locale's: the same tree gives the same order on every machine. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Turns command-line arguments into the files to check, in a stable order: a file as given, a
 * directory as every readable file under it (recursively, by extension, sorted), a glob pattern as
 * its matches (sorted), `-` as standard input. Arguments that name nothing stay, with a problem.
 */
export async function expandInputs(
  args: readonly string[],
  options: ExpandOptions = {},
): Promise<ExpandedInput[]> {
  const listed = options.filesFrom !== undefined ? await readFileList(options.filesFrom, options.stdin) : [];
  const result: ExpandedInput[] = [];
  for (const arg of [...args, ...listed])
    for (const input of await expandOne(arg, options)) result.push(input);
  return result;
}

async function expandOne(arg: string, options: ExpandOptions): Promise<ExpandedInput[]> {
  if (arg === '-') return [{ source: arg }];
  const info = await stat(arg).catch(() => null);
  if (info?.isDirectory()) {
    const skipped: string[] = [];
    const files = await filesUnder(arg, skipped);
    for (const path of skipped.sort(byPath)) options.onSkipped?.(path);
    return files.length > 0
      ? files.map((source) => ({ source }))
      : [
          {
            source: arg,
            problem: say('file-unreadable/empty-folder', { extensions: FOLDER_EXTENSIONS.join(' ') }),
          },
        ];
  }
  // A name without any pattern character never loads the glob library (a single file's run starts faster).
  if (info || !PATTERN_CHARACTER.test(arg)) return [{ source: arg }];
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (!isDynamicPattern(arg)) return [{ source: arg }];
  // Matches are named the way the pattern was: absolute for an absolute pattern, else from here.
  const matches = await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) });
  return matches.length > 0
    ? matches.sort(byPath).map((source) => ({ source }))
    : [{ source: arg, problem: say('file-unreadable/no-match', {}) }];
}

/** Characters that may make an argument a glob pattern (tinyglobby's `isDynamicPattern` then decides). */
const PATTERN_CHARACTER = /[*?[\]{}()!+@]/;

async function filesUnder(directory: string, skipped: string[]): Promise<string[]> {
  const wanted = new Set<string>(FOLDER_EXTENSIONS);
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      // Hidden entries (.git, editors' backups) and Office's `~$` lock files are not inputs.
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (!entry.isFile()) continue;
      else if (wanted.has(extname(entry.name).toLowerCase())) files.push(path);
      else skipped.push(path);
    }
  };
  await walk(directory);
  return files.sort(byPath);
}

/** One path per line; blank lines are skipped and Windows line ends are fine. */
async function readFileList(from: string, stdin: Readable | undefined): Promise<string[]> {
  let text: string;
  try {
    text = from === '-' ? await readStream(stdin ?? process.stdin) : await readFile(from, 'utf8');
  } catch (error) {
    throw new SkError(
      'file-unreadable',
      say('file-unreadable/files-from', {
        from,
        error: (error as Error).message,
        code: (error as NodeJS.ErrnoException).code ?? '',
      }),
    );
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
