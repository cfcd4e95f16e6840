#!/usr/bin/env node
// Node's own modules by getBuiltinModule, not `import`: an ES import of node:fs builds its facade,
// which reads every export, and its ReadStream getter loads all of node:stream (README, Fast start).
const { readFileSync, statSync } = process.getBuiltinModule('node:fs');
// No V8 flags are set here: `v8.setFlagsFromString` after V8 has started may crash the process
// (Node's documentation), and it did, rarely, on a cold decree (exit 139; README, Limits and safety).

// Node 22.1 and later keep the compiled code of the bundle on disk (in the system's temporary folder)
// for the next run; Node 20 has no such cache (README, Fast start), and this does nothing there.
process.getBuiltinModule('node:module').enableCompileCache?.();

// A reader that stops early (`sk-check ... | head`) closes the pipe: end at once and quietly, as cat
// and grep do when SIGPIPE ends them, with the status a shell shows for them (128 + 13). Any other
// failure to write the report (a full disk) is one line and exit 2.
const EXIT_CLOSED_PIPE = 141;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(EXIT_CLOSED_PIPE);
    if (stream === process.stdout) process.stderr.write(`sk-check: standard output: ${error.message}\n`);
    process.exit(2);
  });
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // Scripts ask for the version to decide what to run: answer before loading the CLI and its libraries.
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  // The bundle (`npm run build` writes it after tsc) starts much faster than the ~150 modules of
  // dist/cli/main.js, which stays for a build made by tsc alone: a bundle older than it is not used.
  const bundle = new URL('../dist/sk-check.js', import.meta.url);
  const modules = new URL('../dist/cli/main.js', import.meta.url);
  // A packed tarball gives every file the same time: the bundle then.
  const bundleTime = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs;
  const modulesTime = statSync(modules, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const fresh = bundleTime !== undefined && bundleTime >= modulesTime;
  const { main } = await import(fresh ? bundle.href : modules.href);
  process.exitCode = await main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  });
}
