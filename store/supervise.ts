/**
 * Keeps a process we own running: checks it every `everyMs`, and when it is gone restarts it, backing
 * off (0.5 s, 1 s, 2 s … up to `maxDelayMs`) while restarts keep failing. The timer never holds the Node
 * process open.
 */
export interface Supervision {
  isRunning(): boolean;
  restart(): Promise<void>;
  /** What happened, for the log: a restart, a failed restart, recovery. */
  report(event: { kind: 'down' | 'restarted' | 'restart_failed'; attempt: number; error?: unknown }): void;
  everyMs?: number;
  maxDelayMs?: number;
}

export function supervise(s: Supervision): { stop(): void } {
  const everyMs = s.everyMs ?? 1000;
  const maxDelayMs = s.maxDelayMs ?? 30_000;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let attempt = 0;

  const schedule = (ms: number): void => {
    if (stopped) return;
    timer = setTimeout(check, ms);
    timer.unref();
  };
  const check = async (): Promise<void> => {
    if (stopped) return;
    if (s.isRunning()) {
      attempt = 0;
      return schedule(everyMs);
    }
    attempt++;
    if (attempt === 1) s.report({ kind: 'down', attempt });
    try {
      await s.restart();
      if (stopped) return;
      s.report({ kind: 'restarted', attempt });
      attempt = 0;
      schedule(everyMs);
    } catch (error) {
      s.report({ kind: 'restart_failed', attempt, error });
      schedule(Math.min(maxDelayMs, 500 * 2 ** (attempt - 1)));
    }
  };
  schedule(everyMs);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
