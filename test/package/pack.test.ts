import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/model.js';

// Packs the built package, installs the tarball globally into a temporary prefix, and uses it the
// way a clerk (the command) and a developer (ESM and TypeScript imports) would.
const ROOT = resolve('.');
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const SLOW = 300_000;
const work = mkdtempSync(join(tmpdir(), 'sk-check-pack-'));
const prefix = join(work, 'prefix');
let files: string[] = [];
let installed = '';

function npm(args: string[]): string {
  return execFileSync('npm', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  const packed = JSON.parse(
    npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work]),
  ) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  const tarball = join(work, packed[0]?.filename ?? '');
  files = packed[0]?.files.map((file) => file.path) ?? [];
  npm(['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball]);
  installed = join(prefix, 'lib', 'node_modules', 'sk-check');
}, SLOW);

// The global install holds pdf.js and its canvas: removing it can take a busy machine more than
// vitest's default 10 s for a hook.
afterAll(() => rmSync(work, { recursive: true, force: true }), SLOW);

describe('the packed tarball', () => {
  it('holds the built code, the command, README and package.json, and no fixtures, tests or sources', () => {
    for (const needed of ['package.json', 'README.md', 'bin/sk-check.js', 'dist/index.js', 'dist/index.d.ts'])
      expect(files).toContain(needed);
    const junk = files.filter((path) => /^(fixtures|test|src)\/|\.map$|\.test\.|^tsconfig|^biome/.test(path));
    expect(junk).toEqual([]);
  });

  it('installs a working sk-check command', () => {
    const bin = join(prefix, 'bin', 'sk-check');
    const result = spawnSync(bin, [join(ROOT, 'fixtures/rosters/sample-roster.csv'), '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    expect(report.documents[0]?.status).toBe('ok');
    expect(report.summary.appointees).toBeGreaterThan(0);
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe(VERSION);
  });

  it('leaves the OCR packages out: they are optional peers, added by one command', () => {
    const modules = join(prefix, 'lib', 'node_modules');
    for (const name of ['tesseract.js', 'tesseract.js-core', '@tesseract.js-data/ind', 'pngjs', 'utif2']) {
      expect(existsSync(join(installed, 'node_modules', name)), name).toBe(false);
      expect(existsSync(join(modules, name)), name).toBe(false);
    }
  });

  describe('imported from another project', () => {
    const project = join(work, 'consumer');
    const workbook = join(ROOT, 'fixtures/rosters/roster-workbook.xlsx');
    beforeAll(() => {
      mkdirSync(join(project, 'node_modules'), { recursive: true });
      symlinkSync(installed, join(project, 'node_modules', 'sk-check'), 'dir');
      writeFileSync(join(project, 'package.json'), '{ "type": "module", "private": true }\n');
      writeFileSync(
        join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            target: 'ES2022',
            strict: true,
            noEmit: true,
            typeRoots: [join(ROOT, 'node_modules/@types')],
            types: ['node'],
          },
        }),
      );
    });

    it('works from an ESM script', () => {
      writeFileSync(
        join(project, 'use.mjs'),
        `import { check } from 'sk-check';
         const report = await check([${JSON.stringify(workbook)}], { sheet: 'Lampiran' });
         const doc = report.documents[0];
         console.log(JSON.stringify({ kind: doc.kind, cells: doc.findings.map((f) => f.cell) }));`,
      );
      const out = JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' }));
      expect(out.kind).toBe('xlsx');
      expect(out.cells.length).toBeGreaterThan(0);
      expect(out.cells.every((cell: string) => /^Lampiran![A-Z]+\d+$/.test(cell))).toBe(true);
    });

    it('type-checks a TypeScript consumer, and rejects a wrong use of the types', () => {
      const tsc = join(ROOT, 'node_modules/.bin/tsc');
      writeFileSync(
        join(project, 'use.ts'),
        `import { check, extract, type Report } from 'sk-check';
         const report: Report = await check({ name: 'a.xlsx', data: new Uint8Array() }, { sheet: 1 });
         const errors: number = report.summary.errors;
         const cell: string | undefined = report.documents[0]?.findings[0]?.cell;
         export const seen = [errors, cell, await extract('b.csv', { encoding: 'windows-1252' })];`,
      );
      const good = spawnSync(tsc, ['-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
      expect(good.stdout).toBe('');
      expect(good.status).toBe(0);
      writeFileSync(
        join(project, 'wrong.ts'),
        `import { check } from 'sk-check';
         export const errors: string = (await check('a.csv')).summary.errors;`,
      );
      const bad = spawnSync(tsc, ['-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
      expect(bad.status).not.toBe(0);
      expect(bad.stdout).toMatch(/wrong\.ts.*TS2322/);
    });
  });
});
