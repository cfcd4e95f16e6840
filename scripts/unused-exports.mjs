// Exports of src/ that no other src file names: used by nothing, only by tests (and fixture
// generators), or only in their own file; and modules nothing imports. Word-based, so a name used
// elsewhere counts as used: it errs on the side of keeping. Names src/index.ts re-exports are public.
// Usage: node scripts/unused-exports.mjs
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = process.argv[2] ?? process.cwd();
const walk = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|mts|mjs|js)$/.test(n) ? [p] : [];
  });
const rel = (f) => path.relative(root, f);
const src = walk(path.join(root, 'src')).map(rel);
const others = ['test', 'bench', 'scripts', 'bin', 'fixtures'].flatMap((d) => {
  try {
    return walk(path.join(root, d)).map(rel);
  } catch {
    return [];
  }
});
const text = new Map(
  [...src, ...others].map((f) => [
    f,
    readFileSync(path.join(root, f), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''),
  ]),
);
const words = new Map(
  [...text].map(([f, t]) => {
    const counts = new Map();
    for (const w of t.match(/[A-Za-z_$][\w$]*/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    return [f, counts];
  }),
);
const index = text.get('src/index.ts');
const publicNames = new Set(index.match(/[A-Za-z_$][\w$]*/g) ?? []);
const out = [];
for (const file of src) {
  if (file === 'src/index.ts') continue;
  const t = text.get(file);
  const names = new Set();
  for (const m of t.matchAll(
    /^export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum|abstract class)\s+([A-Za-z_$][\w$]*)/gm,
  ))
    names.add(m[1]);
  for (const m of t.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}(?!\s*from)/gm))
    for (const part of m[1].split(',')) {
      const n = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop();
      if (n) names.add(n);
    }
  for (const name of names) {
    if (publicNames.has(name)) continue;
    const inSrc = src.filter((f) => f !== file && words.get(f).has(name));
    if (inSrc.length > 0) continue;
    const inOthers = others.filter((f) => words.get(f).has(name));
    const own = words.get(file).get(name) ?? 0;
    const kind =
      inOthers.length > 0
        ? inOthers.some((f) => f.startsWith('test/'))
          ? 'test-only'
          : 'other-only'
        : own > 1
          ? 'own-file-only'
          : 'unused';
    const line = t.slice(0, t.search(new RegExp(`\\b${name.replace('$', '\\$')}\\b`))).split('\n').length;
    out.push(
      `${kind}\t${file}:${line}\t${name}${inOthers.length ? `\t(${inOthers.slice(0, 3).join(', ')})` : ''}`,
    );
  }
}
// A module nothing imports (static or dynamic), resolved by path.
const importedFiles = new Set();
for (const [f, t] of text) {
  for (const m of t.matchAll(/(?:from\s+|import\s*\(\s*|import\s+|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = path.normalize(path.join(path.dirname(f), m[1])).replace(/\.js$/, '.ts');
    importedFiles.add(target);
  }
}
for (const file of src) {
  if (file === 'src/index.ts' || importedFiles.has(file)) continue;
  out.push(`module-unimported\t${file}`);
}
console.log(out.sort().join('\n'));
