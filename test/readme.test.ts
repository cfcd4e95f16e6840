import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/checks/index.js';
import { formatRulesMarkdown } from '../src/formatters/rules.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('carries the finding-code table of the registry, exactly', () => {
    const table = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme)?.[1];
    expect(table).toBe(formatRulesMarkdown(RULES));
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
