import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script
import { writeBigRoster } from '../bench/make-roster.mjs';
import { runCli } from '../cli/run-cli.js';

let dir = '';
let lines: string[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sk-eol-'));
  const roster = join(dir, 'roster.csv');
  await writeBigRoster(roster, 53);
  lines = readFileSync(roster, 'utf8').split('\r\n').slice(0, -1);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The appointees `extract` reads from `text`, and its status. */
async function extracted(text: string) {
  const path = join(dir, 'mixed.csv');
  writeFileSync(path, text);
  const result = await runCli(['extract', '--format', 'json', path]);
  const doc = JSON.parse(result.stdout).documents[0];
  return { code: result.code, appointees: doc.appointees as { name: string; positionNew: string }[] };
}

describe('CSV line endings', () => {
  it('CRLF for the title, header and first 3 rows, LF for the 50 after: 53 appointees', async () => {
    // Three title rows, the header, three people: seven lines end CRLF.
    const text = `${lines.slice(0, 7).join('\r\n')}\r\n${lines.slice(7).join('\n')}\n`;
    const { code, appointees } = await extracted(text);
    expect(code).toBe(0);
    expect(appointees).toHaveLength(53);
  });

  it('LF first, CRLF after: every row', async () => {
    const text = `${lines.slice(0, 20).join('\n')}\n${lines.slice(20).join('\r\n')}\r\n`;
    expect((await extracted(text)).appointees).toHaveLength(53);
  });

  it('every row CRLF and a quoted cell holding an LF: the cell keeps it, no row is split', async () => {
    const cells = lines[7]?.split(';') ?? [];
    cells[5] = '"Kepala Seksi\nPengelolaan Data"';
    const text = `${[...lines.slice(0, 7), cells.join(';'), ...lines.slice(8)].join('\r\n')}\r\n`;
    const { appointees } = await extracted(text);
    expect(appointees).toHaveLength(53);
    expect(appointees[3]?.positionNew).toMatch(/^Kepala Seksi\s+Pengelolaan Data$/);
  });
});
