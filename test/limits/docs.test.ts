import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addLimitOptions } from '../../src/cli/limit-flags.js';
import { KIND_INFO, KINDS } from '../../src/kinds.js';
import { DEFAULT_LIMITS, formatSize } from '../../src/limits.js';

/** docs/limits-and-safety.md stays true: every budget there, with its default and its flag. */
const doc = readFileSync('docs/limits-and-safety.md', 'utf8');

/** The budget table's rows by key: `| \`key\` | default | flag | what it bounds |`. */
const rows = new Map(
  [...doc.matchAll(/^\| `(\w+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)].map(
    ([, key, value, flag, what]) => [
      key as string,
      { value: (value as string).trim(), flag: (flag as string).trim(), what: (what as string).trim() },
    ],
  ),
);

/** The limit flags the commands take, by the key they set: `--max-pages` sets `maxPages`. */
const flags = new Map(
  addLimitOptions(new Command()).options.map((option) => [option.attributeName(), option.long as string]),
);

describe('docs/limits-and-safety.md', () => {
  it.each(Object.entries(DEFAULT_LIMITS))('lists %s with its default (%s)', (key, value) => {
    const row = rows.get(key);
    expect(row, `no row for ${key}`).toBeDefined();
    // As the code has it (1000000), or in the unit a flag takes (128 MB).
    expect([String(value), formatSize(value)]).toContain(row?.value.split(' (')[0]);
  });

  it.each(Object.keys(DEFAULT_LIMITS))('names the flag of %s, or none', (key) => {
    const flag = flags.get(key);
    const row = rows.get(key);
    if (flag) expect(row?.flag).toMatch(new RegExp(`^\`${flag}\\b`));
    else expect(row?.flag).toBe('none');
  });

  it('lists --max-bytes with the default of every kind', () => {
    const row = rows.get('maxBytes');
    expect(row?.flag).toMatch(/^`--max-bytes\b/);
    for (const kind of KINDS) expect(row?.value).toContain(formatSize(KIND_INFO[kind].maxBytes));
  });

  it('lists no budget that is not one', () => {
    for (const key of rows.keys()) expect([...Object.keys(DEFAULT_LIMITS), 'maxBytes']).toContain(key);
    for (const key of flags.keys()) expect(rows.has(key), `no row for ${key}`).toBe(true);
  });
});
