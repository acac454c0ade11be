import type { PoolClient } from 'pg';
import type { Pool } from './db.js';

export interface Listening {
  stop(): Promise<void>;
}

/**
 * LISTENs on `channel` over a connection of its own, calling `onNotify` for each notification and once
 * each time the subscription (re)starts — notifications sent while it was down are lost, so the caller
 * catches up then. A lost connection is replaced after a second, for as long as it is not stopped.
 */
export function listen(pool: Pool, channel: string, onNotify: () => void, onLost: (error: Error) => void = () => {}): Listening {
  if (!/^[a-z_]+$/.test(channel)) throw new Error(`bad channel name ${channel}`);
  let stopped = false;
  /** The live subscription's way out: releasing goes through it, so a connection is never released twice. */
  let current: { client: PoolClient; drop: (error: Error) => void } | null = null;

  const connect = async (): Promise<void> => {
    if (stopped) return;
    let client: PoolClient | null = null;
    let dropped = false;
    // Destroys the connection (never back into the pool with a LISTEN on it) and tries again shortly.
    const drop = (error: Error): void => {
      if (dropped) return;
      dropped = true;
      if (current?.client === client) current = null;
      client?.release(error);
      if (!stopped) setTimeout(() => void connect(), 1000).unref();
    };
    try {
      client = await pool.connect();
      client.on('notification', onNotify);
      client.on('error', (error) => {
        onLost(error);
        drop(error);
      });
      await client.query(`LISTEN ${channel}`);
      if (stopped) return drop(new Error('stopped'));
      current = { client, drop };
      onNotify();
    } catch (error) {
      drop(error instanceof Error ? error : new Error(String(error)));
    }
  };
  void connect();
  return {
    async stop() {
      stopped = true;
      // An error the dying connection reports afterwards finds it dropped already, instead of releasing it again.
      current?.drop(new Error('stopped'));
    },
  };
}
