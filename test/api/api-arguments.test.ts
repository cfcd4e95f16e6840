import { describe, expect, it } from 'vitest';
import { audit, check, SkError } from '../../src/index.js';
import { runCli } from '../cli/run-cli.js';

const ROSTER = 'fixtures/rosters/roster-faults.csv';

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('invalid arguments', () => {
  it.each([
    [{ delimiter: ';;' }, 'delimiter'],
    [{ encoding: 'latin-9' }, 'encoding'],
    [{ jobs: 0 }, 'jobs'],
    [{ delimeter: ';' }, 'delimeter'],
  ])('a bad option %j throws an SkError of one readable line naming %s', async (options, name) => {
    const error = await thrown(check(ROSTER, options as never));
    expect(error).toBeInstanceOf(SkError);
    const { code, message } = error as SkError;
    expect(code).toBe('invalid-argument');
    expect(message).toMatch(new RegExp(`^invalid options?: .*\\b${name}\\b`));
    expect(message).not.toMatch(/[\n{}]/);
  });

  it('a bad input is named by its position and says what an input is', async () => {
    const error = await thrown(check([ROSTER, { name: 'x.csv', data: 'text' as unknown as Buffer }]));
    expect(error).toBeInstanceOf(SkError);
    expect((error as SkError).message).toBe(
      'invalid inputs: [1]: expected a path or { name, data: Uint8Array }',
    );
  });
});

describe('one path as a string', () => {
  it('is read as the one input', async () => {
    expect(await check(ROSTER)).toEqual(await check([ROSTER]));
  });
});

describe('audit', () => {
  it('returns the report `sk-check audit --format json` prints', async () => {
    const inputs = [
      'fixtures/decrees/sample-decree.pdf',
      'fixtures/audit/sample-decree-roster.csv',
      'fixtures/audit/sample-decree-press.txt',
    ];
    const report = await audit(inputs);
    expect(report.audit?.length).toBeGreaterThan(0);
    const printed = JSON.parse((await runCli(['audit', '--format', 'json', ...inputs])).stdout);
    expect(report).toEqual(printed);
  });
});
