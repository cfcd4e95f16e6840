import { describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.js';

// A bug inside the reader, not bad input: the CLI must still print one line, and the stack only on --debug.
vi.mock('../../src/extract/roster.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/extract/roster.js')>()),
  readRosterRows: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'cells')");
  },
}));

const ROSTER = 'fixtures/rosters/sample-roster.csv';
const LINE = `sk-check: ${ROSTER}: Cannot read properties of undefined (reading 'cells') (internal-error)\n`;

describe('an internal error', () => {
  it('is one line on stderr, with its code, and exit 2', async () => {
    const result = await runCli([ROSTER]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(LINE);
  });

  it('--debug adds the stack', async () => {
    const result = await runCli(['--debug', ROSTER]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(LINE);
    expect(result.stderr).toMatch(/TypeError: Cannot read properties[^\n]*\n\s+at /);
  });
});
