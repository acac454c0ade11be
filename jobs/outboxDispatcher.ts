import type { PoolClient } from 'pg';
import { listenOutbox } from '../store/outbox.js';
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
  let listener: PoolClient | null = null;

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

  const listen = async (): Promise<void> => {
    if (stopped) return;
    let client: PoolClient | null = null;
    let dropped = false;
    // Destroys the connection (never back into the pool with a LISTEN on it) and tries again shortly.
    const drop = (error: Error): void => {
      if (dropped) return;
      dropped = true;
      if (listener === client) listener = null;
      client?.release(error);
      if (!stopped) setTimeout(() => void listen(), 1000).unref();
    };
    try {
      client = await deps.pool.connect();
      client.on('notification', kick);
      client.on('error', (error) => {
        deps.logger.warn({ err: error }, '发件箱通知连接中断，正在重连');
        drop(error);
      });
      await listenOutbox(client);
      listener = client;
      kick();
    } catch (error) {
      drop(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const timer = setInterval(kick, options.pollMs ?? 2000);
  timer.unref();
  void listen();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      // With its LISTEN still on, the connection must not go back to the pool for another caller.
      listener?.release(true);
      listener = null;
    },
  };
}
