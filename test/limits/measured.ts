import { spawnSync } from 'node:child_process';

export const MB = 1024 * 1024;

export interface Measured {
  code: number;
  stderr: string;
  /** Each document's status and finding codes, in input order. */
  documents: Array<{ status: string; findings: Array<{ code: string }> }>;
  /**
   * CPU time until the process ended, work left running after the report included: a busy machine
   * stretches the wall clock, not the work done.
   */
  seconds: number;
  maxRss: number;
}

/**
 * Runs the compiled CLI (`npm run build` first) on `args` with a JSON report, in a child process of
 * its own, and reports what it said and what it cost. Inputs that are not PDFs are read in the
 * command's own process, so its peak memory is theirs. A run past `killAfter` seconds is killed and
 * reported with code -1: the test then fails on its outcome, not by hanging.
 */
export function measured(args: string[], killAfter = 120): Measured {
  const child = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { main } from './dist/cli/main.js';
       let out = '';
       const code = await main(['--format', 'json', ...process.argv.slice(1)], { stdout: { write(t) { out += t; } }, stderr: process.stderr, env: {} });
       process.on('exit', () => {
         const used = process.cpuUsage();
         process.stdout.write(JSON.stringify({ code, report: JSON.parse(out), seconds: (used.user + used.system) / 1e6, maxRss: process.resourceUsage().maxRSS * 1024 }));
       });`,
      '--',
      ...args,
    ],
    { encoding: 'utf8', timeout: killAfter * 1000, maxBuffer: 64 * MB },
  );
  const result = JSON.parse(child.stdout || '{"code":-1,"report":{"documents":[]}}');
  return {
    code: result.code,
    stderr: child.stderr,
    documents: result.report.documents,
    seconds: result.seconds,
    maxRss: result.maxRss,
  };
}
