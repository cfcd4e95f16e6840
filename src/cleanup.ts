/**
 * Files to remove however the process ends: at exit, and on SIGINT or SIGTERM, which otherwise end
 * a Node process without its 'exit' event (a spooled roster or a half-written report would stay in
 * the temporary folder). Signal handlers are installed only while there is something to remove.
 */
const pending = new Set<() => void>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function onSignal(signal: NodeJS.Signals): void {
  runAll();
  // Ours was the only handler: end as the signal would have, with its status (128 + its number).
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function runAll(): void {
  uninstall();
  for (const remove of pending) {
    try {
      remove();
    } catch {
      // Removing what is left is best effort: the next one still gets its turn.
    }
  }
  pending.clear();
}

function install(): void {
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', runAll);
}

function uninstall(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off('exit', runAll);
}

/** Runs `remove` (synchronous) when the process ends, unless the returned function is called first. */
export function onCleanup(remove: () => void): () => void {
  if (pending.size === 0) install();
  pending.add(remove);
  return () => {
    if (pending.delete(remove) && pending.size === 0) uninstall();
  };
}
