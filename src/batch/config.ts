import { z } from 'zod';
import { RULES } from '../checks/index.js';
import type { Settings } from '../checks/settings.js';
import { editDistance } from '../domain/edit-distance.js';
import { LEVELS } from '../domain/level.js';
import type { DEFAULT_AGE_LIMITS } from '../domain/nip.js';
import { RETIREMENT_AGES } from '../domain/retirement.js';
import { SkError } from '../errors.js';
import { FIELDS } from '../extract/columns.js';
import { PAPERS } from '../formatters/html-css.js';
import { FORMATS } from '../formatters/stream.js';
import { LANGS } from '../i18n/lang.js';

/**
 * What fails a run, from the most lenient: `never` (only an unreadable input, 2), `error` (1 on an
 * error finding; an unverified document passes), `unverified` (the default: 1 on an error, else 3
 * on an unverified document), `warning` (1 on an error or a warning, else 3 on an unverified one).
 */
export const FAIL_ON = ['never', 'error', 'unverified', 'warning'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const DEFAULT_FAIL_ON: FailOn = 'unverified';

/** The name of an office's settings file, looked for upward from the working directory. */
export const CONFIG_FILE = 'sk-check.config.json';

const Level = z.enum(['off', 'error', 'warning', 'info']);
const Age = z.number().int().min(15).max(80);
const Year = z.number().int().min(1900).max(2099);

const optionalEach = <K extends string, T extends z.ZodType>(keys: readonly K[], type: T) =>
  Object.fromEntries(keys.map((key) => [key, type.optional()])) as Record<K, z.ZodOptional<T>>;

// Strict objects all the way down: a misspelt rule or key is refused, with the nearest valid one.
const ColumnHintSchema = z.strictObject({
  match: z
    .strictObject({ skPrefix: z.string().min(1).optional(), issuer: z.string().min(1).optional() })
    .optional(),
  headers: z.record(z.string().min(1), z.enum([...FIELDS, 'none'])).optional(),
  bands: z
    .record(z.string().min(1), z.enum([...LEVELS.filter((level) => level !== 'unknown'), 'none']))
    .optional(),
});

export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z
    .strictObject({
      ...optionalEach(
        RULES.map((rule) => rule.code),
        Level,
      ),
      // Not being a decree is what the document is, not a defect to hide: a severity, never off.
      'not-a-decree': z.enum(['error', 'warning', 'info']).optional(),
    })
    .optional(),
  thresholds: z
    .strictObject({
      retirementAge: z
        .strictObject(optionalEach(Object.keys(RETIREMENT_AGES) as (keyof typeof RETIREMENT_AGES)[], Age))
        .optional(),
      firstAppointment: z
        .strictObject({
          maxAge: Age.optional(),
          maxAgeExemptPost: Age.optional(),
          honoraryFrom: Year.optional(),
          honoraryTo: Year.optional(),
          honoraryMaxAge: Age.optional(),
          honoraryAgeOn: z.iso.date().optional(),
        } satisfies Record<keyof typeof DEFAULT_AGE_LIMITS, z.ZodType>)
        .optional(),
    })
    .optional(),
  columns: z.array(ColumnHintSchema).optional(),
  lang: z.enum(LANGS).optional(),
  format: z.enum(FORMATS).optional(),
  paper: z.enum(PAPERS).optional(),
  jobs: z.number().int().positive().optional(),
  failOn: z.enum(FAIL_ON).optional(),
});

export type Config = z.infer<typeof ConfigSchema>;

/** The checks' part of a config: rule levels and thresholds. */
export function settingsOf(config: Config): Settings | undefined {
  const { rules, thresholds, columns } = config;
  if (!rules && !thresholds && !columns) return undefined;
  return {
    ...(rules ? { rules } : {}),
    ...(thresholds ? { thresholds } : {}),
    ...(columns ? { columns } : {}),
  };
}

/** The keys a strict object at `path` of the schema takes. */
function keysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = ConfigSchema;
  for (const key of path) {
    const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
    if (!(inner instanceof z.ZodObject)) return [];
    schema = inner.shape[String(key)] as z.ZodType;
  }
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

/** The valid key nearest to `key`: a letter or a few wrong, missing or swapped. */
function nearest(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  const most = Math.max(2, Math.floor(key.length / 3));
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d <= most && (!best || d < best.distance)) best = { key: candidate, distance: d };
  }
  return best?.key;
}

/**
 * A config object checked; an `SkError` (`invalid-config`) whose message is one line naming
 * `where` (the file), the key, and for a misspelt key the nearest valid one.
 */
export function validConfig(value: unknown, where: string): Config {
  const result = ConfigSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const at = issue.path.map(String).join('.');
  let message: string;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const what = at === 'rules' ? 'no such rule' : 'unknown key';
    const meant = nearest(key, keysAt(issue.path));
    const full = at ? `${at}.${key}` : key;
    message = `${full}: ${what}${meant ? ` (did you mean ${meant}?)` : ''}`;
  } else message = `${at || '(top)'}: ${issue.message}`;
  return invalid(`${where}: ${message}`);
}

function invalid(message: string): never {
  throw new SkError('invalid-argument', message);
}
