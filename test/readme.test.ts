import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/report-writer.js';
import { statusWord } from '../src/i18n/outcome.js';
import { StatusSchema, UnverifiedReasonSchema } from '../src/model.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('is a reference read in minutes: short, in the order a user needs it', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(300);
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    const order = ['Install', 'Quick start', 'Everyday use', 'Outcomes and exit codes', 'Formats', 'Limits'];
    expect(sections.filter((section) => order.includes(section ?? ''))).toEqual(order);
  });

  it('installs from a tarball of this version, and does not claim the package is published', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(readme).toContain(`npm install -g ./sk-check-${version}.tgz`);
    expect(readme).toMatch(/not\s+published/);
  });

  it('has one outcome table that names every status, its exit code and every reason', () => {
    const section = /## Outcomes and exit codes\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
    const rows = (pattern: RegExp) => [...section.matchAll(pattern)].map((m) => m.slice(1));
    const statuses = rows(/^\| `([a-z-]+)` \| [^|]+\|[^|]+\| (\d) \|$/gm);
    expect(statuses.map(([status]) => status)).toEqual([...StatusSchema.options]);
    const exits: Record<string, number> = { verified: EXIT.clean, 'not-a-decree': EXIT.clean };
    Object.assign(exits, { invalid: EXIT.findings, unreadable: EXIT.trouble, unverified: EXIT.unverified });
    for (const [status, code] of statuses) expect(Number(code), status).toBe(exits[status ?? '']);
    const reasons = rows(/^\| `([a-z-]+)` \| [^|]+\| [^|]+ \|$/gm).map(([reason]) => reason);
    expect(reasons).toEqual([...UnverifiedReasonSchema.options]);
    for (const status of StatusSchema.options) expect(section).toContain(statusWord(status, 'id'));
  });

  it('quick start: two commands, the first on a bundled sample that exists', () => {
    const block = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = block.trim().split('\n');
    expect(commands).toHaveLength(2);
    expect(commands[1]).toBe('npm test');
    const sample = /node bin\/sk-check\.js (\S+)$/.exec(commands[0] ?? '')?.[1] ?? '';
    expect(existsSync(sample)).toBe(true);
  });

  it('.ci/run runs the README test command after npm ci', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/npm ci[\s\S]*npm test/);
  });
});
