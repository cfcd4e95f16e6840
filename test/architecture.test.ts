import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The rooms of src/ from the bottom up: a file may import from its own room, a room of its own
 * layer, or a lower one, never a higher one (ARCHITECTURE.md explains each). Type imports count:
 * a type that sits in the wrong room is a file that cannot move without its neighbour.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['finding-codes', 'kinds', 'schema-version', 'part-source'],
  ['domain', 'i18n', 'model'],
  ['errors', 'limits', 'spill', 'printable', 'cleanup'],
  ['sources', 'pdf', 'ocr'],
  ['extract'],
  ['checks'],
  ['roster', 'audit'],
  ['formatters'],
  ['run'],
  ['batch', 'debug-table'],
  ['api'],
  ['cli'],
  ['index'],
];

const SRC = resolve('src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Each file's relative imports and re-exports, `import type` included, as files of src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    // Static imports, re-exports and dynamic `import('./x.js')` alike: a lazy import is still a dependency.
    const found = [
      ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g),
      ...text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g),
    ];
    const targets = found.map((m) =>
      relative(SRC, resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts'))),
    );
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

const roomOf = (file: string) =>
  file.includes('/') ? (file.split('/')[0] as string) : file.replace(/\.ts$/, '');

function layerOf(room: string): number {
  const layer = LAYERS.findIndex((rooms) => rooms.includes(room));
  if (layer < 0) throw new Error(`src/${room} is in no layer: add it to LAYERS (and ARCHITECTURE.md)`);
  return layer;
}

/** Groups of files that import each other round in a circle (Tarjan's strongly connected components). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, indices.get(w) as number));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

describe('the shape of src/', () => {
  const graph = importGraph();

  it('reads the imports it checks (a sanity check of the scanner)', () => {
    expect(graph.get('cli/main.ts')).toContain('cli/report-writer.ts');
    expect(graph.get('errors.ts')).toContain('finding-codes.ts');
    // A dynamic import counts: merge is loaded by main only when `sk-check merge` runs.
    expect(graph.get('cli/main.ts')).toContain('cli/merge.ts');
  });

  it('has no import cycles, type imports counted', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('imports only down the layers', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (layerOf(roomOf(target)) > layerOf(roomOf(file))) upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('loads zod only where the report schema is needed: model.ts is imported for its types elsewhere', () => {
    // model.ts builds the zod schemas at import; a value import of it from the CSV path made every
    // small run load zod's 590 KB again. Kinds and their helpers live in kinds.ts for that reason.
    const valueImports = sources(SRC)
      .filter((file) =>
        /(?:^|\n)import\s+(?!type\b)[^;]*?from\s+'\.{1,2}\/(?:\.\.\/)*model\.js'/.test(
          readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => relative(SRC, file))
      .sort();
    expect(valueImports).toEqual(['cli/merge.ts']);
  });

  it('finds a cycle and an upward import when there is one (the checks can fail)', () => {
    const bad = new Map([
      ['sources/a.ts', ['extract/b.ts']],
      ['extract/b.ts', ['sources/a.ts']],
    ]);
    expect(cycles(bad)).toEqual([['extract/b.ts', 'sources/a.ts']]);
    expect(layerOf(roomOf('extract/b.ts'))).toBeGreaterThan(layerOf(roomOf('sources/a.ts')));
  });
});
