import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { help } from '../i18n/help.js';
import type { Lang } from '../i18n/lang.js';

/** The password flags as commander parses them. */
export interface PasswordFlags {
  password?: string | undefined;
  passwordFile?: string | undefined;
}

/** Adds --password and --password-file: a password on the command line is seen by `ps` and kept in shell history. */
export function addPasswordOptions(
  command: Command,
  lang: Lang,
  what: 'opt.password' | 'opt.pdf-password',
): Command {
  return command
    .option('--password <password>', help(lang, what))
    .option('--password-file <file>', help(lang, 'opt.password-file'));
}

/**
 * The password of encrypted PDFs: `--password`, else the first line of `--password-file` (its line
 * break dropped), else the environment's `SK_CHECK_PASSWORD`. Throws a message for the user.
 */
export function passwordOf(
  flags: PasswordFlags,
  env: Record<string, string | undefined>,
  lang: Lang,
): string | undefined {
  if (flags.password !== undefined && flags.passwordFile !== undefined)
    throw new Error(help(lang, 'err.password-twice'));
  if (flags.password !== undefined) return flags.password;
  if (flags.passwordFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(flags.passwordFile, 'utf8');
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new Error(`--password-file ${flags.passwordFile}: ${help(lang, 'err.password-file')} (${why})`);
    }
    return text.split(/\r?\n/, 1)[0] ?? '';
  }
  const fromEnv = env.SK_CHECK_PASSWORD;
  return fromEnv === undefined || fromEnv === '' ? undefined : fromEnv;
}
