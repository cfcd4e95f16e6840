import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE, type Config, validConfig } from '../batch/config.js';
import { errorMessage, SkError } from '../errors.js';

/** A config and the file it came from. */
export interface FoundConfig {
  path: string;
  config: Config;
}

/**
 * `sk-check.config.json` in `cwd` or the nearest folder above it. The search stops at the folder
 * that holds `.git` (the top of a project: a config above it belongs to something else) or at the
 * root of the file system.
 */
export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const path = join(dir, CONFIG_FILE);
    if (existsSync(path)) return path;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

/** Reads and checks a config file; an `SkError` of one line naming the file when it is not valid. */
export function loadConfig(path: string): FoundConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SkError('invalid-argument', `${path}: cannot read the config: ${errorMessage(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SkError('invalid-argument', `${path}: not valid JSON: ${errorMessage(error)}`);
  }
  return { path, config: validConfig(value, path) };
}

/** `--config FILE` (or `--config=FILE`) before `--`, else the file found from `cwd`; none: undefined. */
export function configFor(argv: readonly string[], cwd: string): FoundConfig | undefined {
  let given: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--config') given = argv[i + 1];
    else if (arg.startsWith('--config=')) given = arg.slice('--config='.length);
  }
  if (given !== undefined) return loadConfig(resolve(cwd, given));
  const found = findConfig(cwd);
  return found ? loadConfig(found) : undefined;
}
