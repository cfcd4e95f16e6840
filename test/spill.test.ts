import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Spool } from '../src/spill.js';

let scratch = '';
let savedTmp: string | undefined;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sk-spool-test-'));
  savedTmp = process.env.TMPDIR;
  // os.tmpdir() reads TMPDIR each time: the spool goes where this test can look.
  process.env.TMPDIR = scratch;
});
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  rmSync(scratch, { recursive: true, force: true });
});

const spools = () => readdirSync(scratch).filter((name) => name.startsWith('sk-check-spool-'));

describe('a spool of findings past what is kept in memory', () => {
  it('is a folder only its owner may enter (0700) holding a file only its owner may read (0600)', () => {
    const spool = new Spool<{ nip: string }>(2);
    for (let i = 0; i < 10; i++) spool.push({ nip: `19700512199503100${i}` });
    expect(spool.spilled).toBe(true);
    const [folder] = spools();
    expect(folder).toBeDefined();
    const dir = join(scratch, folder ?? '');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(statSync(join(dir, files[0] ?? '')).mode & 0o777).toBe(0o600);
    expect([...spool].map((item) => item.nip)).toHaveLength(10);
    spool.dispose();
    expect(spools()).toEqual([]);
  });
});
