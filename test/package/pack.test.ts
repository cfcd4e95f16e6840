import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
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

  it('holds the bundle the command loads, and its workers', () => {
    for (const needed of [
      'dist/sk-check.js',
      'dist/worker.js',
      'dist/roster-worker.js',
      'dist/xlsx-worker.js',
    ])
      expect(files).toContain(needed);
  });

  it(
    'runs from the bundle alone: no module tsc wrote is needed, for any kind of input',
    () => {
      // The installed package with only the bundle's files in dist/: bin, package.json and the
      // installed dependencies as they are.
      const alone = join(work, 'bundle-only');
      mkdirSync(join(alone, 'dist'), { recursive: true });
      cpSync(join(installed, 'bin'), join(alone, 'bin'), { recursive: true });
      cpSync(join(installed, 'package.json'), join(alone, 'package.json'));
      symlinkSync(join(installed, 'node_modules'), join(alone, 'node_modules'), 'dir');
      const bundled = readdirSync(join(installed, 'dist')).filter((file) =>
        /^(sk-check(-\w+)?|worker|roster-worker|xlsx-worker)\.js$/.test(file),
      );
      for (const file of bundled) cpSync(join(installed, 'dist', file), join(alone, 'dist', file));
      expect(readdirSync(join(alone, 'dist'))).not.toContain('cli');
      const sk = (...args: string[]) =>
        spawnSync(process.execPath, [join(alone, 'bin/sk-check.js'), '--format', 'json', ...args], {
          cwd: ROOT,
          encoding: 'utf8',
        });
      const fixtures = [
        'fixtures/rosters/sample-roster.csv',
        'fixtures/rosters/roster-workbook.xlsx',
        'fixtures/press/tapin-berita.html',
        // One PDF is read in the command's process; two go to worker processes.
        'fixtures/decrees/sample-decree.pdf',
      ];
      for (const fixture of fixtures) {
        const result = sk(fixture);
        expect(result.stderr, fixture).toBe('');
        expect(ReportSchema.parse(JSON.parse(result.stdout)).documents[0]?.status, fixture).not.toBe(
          'unreadable',
        );
      }
      const two = sk(
        '--jobs',
        '2',
        'fixtures/decrees/sample-decree.pdf',
        'fixtures/decrees/decree-faults.pdf',
      );
      expect(two.stderr).toBe('');
      const report = ReportSchema.parse(JSON.parse(two.stdout));
      expect(report.documents.map((doc) => doc.appointees.length)).toEqual([12, 15]);
      const schema = spawnSync(process.execPath, [join(alone, 'bin/sk-check.js'), 'schema'], {
        encoding: 'utf8',
      });
      expect(JSON.parse(schema.stdout).title).toBe('sk-check report');
    },
    SLOW,
  );

  it('installs a working sk-check command', () => {
    const bin = join(prefix, 'bin', 'sk-check');
    const result = spawnSync(bin, [join(ROOT, 'fixtures/rosters/sample-roster.csv'), '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    expect(report.documents[0]?.status).toBe('verified');
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
            // The package's .d.ts and every type it drags in (zod, exceljs, pdf.js) are checked too.
            skipLibCheck: false,
            typeRoots: [join(ROOT, 'node_modules/@types')],
            types: ['node'],
          },
        }),
      );
    });

    it(
      'works from an ESM script',
      () => {
        writeFileSync(
          join(project, 'use.mjs'),
          `import { check } from 'sk-check';
         const report = await check([${JSON.stringify(workbook)}], { sheet: 'Lampiran' });
         const doc = report.documents[0];
         console.log(JSON.stringify({ kind: doc.kind, cells: doc.findings.map((f) => f.cell) }));`,
        );
        const out = JSON.parse(
          execFileSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' }),
        );
        expect(out.kind).toBe('xlsx');
        expect(out.cells.length).toBeGreaterThan(0);
        expect(out.cells.every((cell: string) => /^Lampiran![A-Z]+\d+$/.test(cell))).toBe(true);
      },
      SLOW,
    );

    it(
      'type-checks a TypeScript consumer, and rejects a wrong use of the types',
      () => {
        const tsc = join(ROOT, 'node_modules/.bin/tsc');
        writeFileSync(
          join(project, 'use.ts'),
          `import { check, extract, type Report } from 'sk-check';
         const report: Report = await check({ name: 'a.xlsx', data: new Uint8Array() }, { sheet: 1 });
         const errors: number = report.summary.errors;
         const cell: string | undefined = report.documents[0]?.findings[0]?.cell;
         const person: string | undefined = report.documents[0]?.findings[0]?.person;
         const nipRaw: string | undefined = report.documents[0]?.appointees[0]?.nipRaw;
         export const seen = [errors, cell, person, nipRaw, await extract('b.csv', { encoding: 'windows-1252' })];`,
        );
        writeFileSync(
          join(project, 'wrong.ts'),
          `import { check } from 'sk-check';
         export const errors: string = (await check('a.csv')).summary.errors;`,
        );
        // One tsc run over both files (checking the packages' types takes most of it): its only
        // error is the wrong use; none in use.ts, none in the .d.ts files.
        const result = spawnSync(tsc, ['-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
        expect(result.status).not.toBe(0);
        const errors = result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
        expect(errors).toEqual([expect.stringMatching(/^wrong\.ts\W.*error TS2322/)]);
      },
      SLOW,
    );
  });
});
