import { performance } from 'node:perf_hooks';

export interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

/**
 * Closed-loop load: `connections` clients each send the next request as soon as the previous answered,
 * for `durationMs`. Returns throughput and latency quantiles (ms).
 */
export async function load(send: () => Promise<Response>, connections: number, durationMs: number): Promise<Load> {
  const latencies: number[] = [];
  const until = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const res = await send();
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requestsPerSecond: latencies.length / elapsed, p50: latencies[Math.floor(latencies.length / 2)], p99: latencies[Math.floor(latencies.length * 0.99)] };
}
