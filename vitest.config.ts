import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Vitest's default on two cores is one file at a time; most slow files wait on child processes
    // (PDF workers, the binary), so two at a time keep both cores busy (measured: see README).
    maxWorkers: 2,
    // The text report and the help follow the locale: tests (and the binaries they spawn) read
    // English unless they ask for Indonesian, whatever the machine's locale.
    env: { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
  },
});
