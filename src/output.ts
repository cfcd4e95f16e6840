import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes a file so that a reader (or a crash) sees the old content or the whole new one, never a
 * part: a temporary file in the same directory, flushed to disk, then renamed over the target.
 */
export async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
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
