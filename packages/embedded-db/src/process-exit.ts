import type { ServerProcess } from './server.js';

const live = new Set<ServerProcess>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const signalHandlers = new Map<NodeJS.Signals, () => void>();

function onExit(): void {
  for (const server of live) server.signalStop();
}

function onSignal(signal: NodeJS.Signals): void {
  // When the application listens for this signal it owns shutdown: it calls stop(), or exits, which onExit covers.
  if (process.listenerCount(signal) > 1) return;
  // Otherwise behave like Node's default (end the process by that signal), but stop the servers first.
  void Promise.allSettled([...live].map((server) => server.stop())).then(() => {
    unhook();
    process.kill(process.pid, signal);
  });
}

function hook(): void {
  if (signalHandlers.size > 0) return;
  process.on('exit', onExit);
  for (const signal of SIGNALS) {
    const handler = () => onSignal(signal);
    signalHandlers.set(signal, handler);
    process.on(signal, handler);
  }
}

function unhook(): void {
  process.removeListener('exit', onExit);
  for (const [signal, handler] of signalHandlers) process.removeListener(signal, handler);
  signalHandlers.clear();
}

/** Keeps a server from outliving this process when the process ends without calling stop(). */
export function stopWithProcess(server: ServerProcess): void {
  live.add(server);
  hook();
}

export function forget(server: ServerProcess): void {
  live.delete(server);
  if (live.size === 0) unhook();
}
