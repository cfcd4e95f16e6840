/** The languages a person may read sk-check in. Codes and field names never change with it. */
export const LANGS = ['en', 'id'] as const;
export type Lang = (typeof LANGS)[number];

function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * `--lang` when given, else the locale as POSIX looks it up: the first of LC_ALL, LC_MESSAGES and
 * LANG that is set and not empty; a locale starting with `id` (`id_ID.UTF-8`, `id`) is Indonesian,
 * anything else English.
 */
export function resolveLang(explicit: string | undefined, env: Record<string, string | undefined>): Lang {
  if (isLang(explicit)) return explicit;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale?.toLowerCase().startsWith('id') ? 'id' : 'en';
}

/**
 * The language of the messages inside a machine format (JSON, NDJSON, CSV): English unless `--lang`
 * was given, so a script's bytes never depend on the locale of the machine it runs on.
 */
export function machineLang(explicit: string | undefined): Lang {
  return isLang(explicit) ? explicit : 'en';
}
