import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/api.js';
import { findConfig } from '../../src/cli/config-file.js';
import type { Document, Report } from '../../src/model.js';
import { runCli } from './run-cli.js';

const FAULTS = resolve('fixtures/rosters/roster-faults.csv');
const DECREES = ['fixtures/decrees/decree-chromium.pdf', 'fixtures/decrees/decree-borderless.pdf'].map((p) =>
  resolve(p),
);

/** A folder holding `sk-check.config.json` with `config`; returns the folder and the file. */
function withConfig(config: unknown, dir = mkdtempSync(join(tmpdir(), 'sk-check-config-'))) {
  const file = join(dir, 'sk-check.config.json');
  writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
  return { dir, file };
}

const codes = (doc: Document) => doc.findings.map((f) => `${f.code}:${f.severity}`);

async function json(args: string[], cwd?: string): Promise<{ code: number; report: Report; stderr: string }> {
  const result = await runCli(['--format', 'json', ...args], cwd ? { cwd } : {});
  return { code: result.code, report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
}

describe('a config file', () => {
  it('turns a rule off, changes a severity and a threshold; counts, status and exit code follow', async () => {
    const plain = await json([FAULTS]);
    const doc0 = plain.report.documents[0] as Document;
    expect(codes(doc0)).toContain('nip-invalid:error');
    expect(doc0.findings.filter((f) => f.message.includes('over 36'))).toHaveLength(1);

    const { file } = withConfig({
      rules: { 'nip-invalid': 'off', 'grade-below-echelon': 'warning', 'nip-duplicate': 'info' },
      thresholds: { firstAppointment: { maxAge: 45 } },
    });
    const { code, report } = await json(['--config', file, FAULTS]);
    const doc = report.documents[0] as Document;
    expect(codes(doc)).not.toContain('nip-invalid:error');
    expect(codes(doc).filter((c) => c.startsWith('nip-invalid'))).toEqual([]);
    expect(codes(doc)).toContain('grade-below-echelon:warning');
    expect(codes(doc)).toContain('nip-duplicate:info');
    // Dewi Lestari, 45 at TMT: within a limit of 45 (+1 to the TMT) she is no longer odd.
    expect(doc.findings.filter((f) => f.message.includes('age at TMT'))).toEqual([]);
    // No error is left: the roster is no longer invalid, and nothing fails the run.
    expect(doc.status).toBe('verified');
    expect(report.summary.errors).toBe(0);
    expect(report.summary.warnings).toBe(plain.report.summary.warnings - 1 + 1);
    expect(code).toBe(0);
  });

  it('is found upward from the working directory, and not past the folder holding .git', async () => {
    const { dir } = withConfig({ rules: { 'nip-invalid': 'off' } });
    const deep = join(dir, 'arsip', '2024');
    mkdirSync(deep, { recursive: true });
    expect(findConfig(deep)).toBe(join(dir, 'sk-check.config.json'));
    const found = await json([FAULTS], deep);
    expect(codes(found.report.documents[0] as Document).some((c) => c.startsWith('nip-invalid'))).toBe(false);

    mkdirSync(join(dir, 'arsip', '.git'));
    expect(findConfig(deep)).toBeUndefined();
    const stopped = await json([FAULTS], deep);
    expect(codes(stopped.report.documents[0] as Document)).toContain('nip-invalid:error');
  });

  it('gives defaults; the command line wins', async () => {
    const { dir } = withConfig({ format: 'json', failOn: 'never', lang: 'id' });
    const quiet = await runCli([FAULTS], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.stdout).documents[0].findings[0].message).toMatch(/usia pada TMT/);
    const loud = await runCli(['--format', 'text', '--fail-on', 'error', '--lang', 'en', FAULTS], {
      cwd: dir,
    });
    expect(loud.code).toBe(1);
    expect(loud.stdout).toContain('ERRORS FOUND');
  });

  it.each([
    [
      { rules: { 'nip-invalud': 'off' } },
      /sk-check\.config\.json: rules\.nip-invalud: no such rule \(did you mean nip-invalid\?\)$/,
    ],
    [{ failon: 'never' }, /sk-check\.config\.json: failon: unknown key \(did you mean failOn\?\)$/],
    [
      { thresholds: { retirementAge: { teachers: 62 } } },
      /thresholds\.retirementAge\.teachers: unknown key \(did you mean teacher\?\)$/,
    ],
    [{ rules: { 'nip-invalid': 'of' } }, /sk-check\.config\.json: rules\.nip-invalid: .*"off"/],
    ['{ "rules": ', /sk-check\.config\.json: not valid JSON/],
  ])('%j: one line naming the file, the key and the nearest valid one; exit 2', async (config, message) => {
    const { file } = withConfig(config);
    const result = await runCli(['--config', file, FAULTS]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('rules --config shows each rule at its level in the config', async () => {
    const { file } = withConfig({ rules: { 'nip-invalid': 'off', 'nip-implausible': 'error' } });
    const listed = await runCli(['rules', '--config', file, '--format', 'json']);
    const rules = JSON.parse(listed.stdout) as Array<{ code: string; severity: string }>;
    expect(rules.find((r) => r.code === 'nip-invalid')?.severity).toBe('off');
    expect(rules.find((r) => r.code === 'nip-implausible')?.severity).toBe('error');
    expect(rules.find((r) => r.code === 'nip-mangled')?.severity).toBe('error');
    const one = await runCli(['rules', '--config', file, 'nip-invalid', '--lang', 'id']);
    expect(one.stdout).toMatch(/^nip-invalid \(nonaktif\)/);
  });

  it('reaches the worker processes that read PDFs', async () => {
    // Two PDFs: each read in a worker process (one alone is read here). Without the config the
    // first has amount-words-mismatch and two count-mismatch errors (its golden file).
    const { file } = withConfig({ rules: { 'count-mismatch': 'off', 'amount-words-mismatch': 'warning' } });
    const { report } = await json(['--jobs', '2', '--config', file, ...DECREES]);
    const doc = report.documents[0] as Document;
    expect(codes(doc)).toEqual(['amount-words-mismatch:warning']);
    expect(doc.status).not.toBe('invalid');
  });

  it('the library takes the same config object, and refuses a misspelt one', async () => {
    const report = await check(FAULTS, { config: { rules: { 'nip-invalid': 'off' } } });
    expect(codes(report.documents[0] as Document).some((c) => c.startsWith('nip-invalid'))).toBe(false);
    await expect(check(FAULTS, { config: { rules: { 'nip-invalud': 'off' } } as never })).rejects.toThrow(
      /options\.config: rules\.nip-invalud: no such rule \(did you mean nip-invalid\?\)/,
    );
  });
});

describe('not-a-decree in a config', () => {
  it('takes a severity but cannot be turned off: it is what the document is', async () => {
    const { file } = withConfig({ rules: { 'not-a-decree': 'off' } });
    const result = await runCli(['--config', file, FAULTS]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/rules\.not-a-decree: .*"error"\|"warning"\|"info"/);
  });
});
