import { listen } from '../store/listen.js';
import { OUTBOX_CHANNEL } from '../store/outbox.js';
import type { Deps } from '../workflow/deps.js';
import { dispatchOutbox } from '../workflow/outbox.js';

export interface OutboxDispatcher {
  stop(): Promise<void>;
}

/**
 * Runs in every hub process. A committed outbox row NOTIFYs, which wakes the dispatcher at once; polling
 * every `pollMs` covers notifications missed while the LISTEN connection was down, and rows waiting for a
 * retry. Rows are claimed with SKIP LOCKED, so any number of processes may dispatch side by side.
 */
export function startOutboxDispatcher(deps: Deps, options: { pollMs?: number } = {}): OutboxDispatcher {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  const drain = async (): Promise<void> => {
    do {
      again = false;
      try {
        while (!stopped && (await dispatchOutbox(deps)) > 0);
      } catch (error) {
        deps.logger.warn({ err: error }, '发件箱暂时无法处理，稍后重试');
      }
    } while (again && !stopped);
    running = null;
  };
  const kick = (): void => {
    if (stopped) return;
    if (running) again = true;
    else running = drain();
  };

  const timer = setInterval(kick, options.pollMs ?? 2000);
  timer.unref();
  const listening = listen(deps.pool, OUTBOX_CHANNEL, kick, (error) => deps.logger.warn({ err: error }, '发件箱通知连接中断，正在重连'));
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await listening.stop();
      await running;
    },
  };
}
