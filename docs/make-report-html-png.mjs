// Makes docs/report-html.png, the README's picture of `sk-check --format html`: the bundled sample
// decree's report, as headless Chromium shows it on screen. Needs a build (npm run build) and Chromium
// (apt-get install -y chromium; or set CHROMIUM). Run from the repository: node docs/make-report-html-png.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const scratch = mkdtempSync(join(tmpdir(), 'sk-report-png-'));
const html = join(scratch, 'report.html');
const target = join('docs', 'report-html.png');

try {
  // Exit code 1 is the sample's verdict, not a failure; anything else is.
  try {
    execFileSync('node', [
      'bin/sk-check.js',
      '--format',
      'html',
      '-o',
      html,
      'fixtures/decrees/sample-decree.pdf',
    ]);
  } catch (error) {
    if (error.status !== 1) throw error;
  }
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      `--user-data-dir=${join(scratch, 'profile')}`,
      '--window-size=1100,1000',
      `--screenshot=${target}`,
      pathToFileURL(html).href,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  console.log(`wrote ${target}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
