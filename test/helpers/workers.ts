import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Real `tongfa worker` processes, to be killed with SIGKILL as a crash would. */
export class WorkerProcesses {
  private readonly children: ChildProcess[] = [];
  private readonly logs = new Map<ChildProcess, string>();

  constructor(private readonly env: Record<string, string>) {}

  /** `env` adds to the hub's (e.g. LOG_LEVEL=warn to read what the worker logs with `output`). */
  start(env: Record<string, string> = {}): ChildProcess {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/tongfa.js'), 'worker'], {
      cwd: ROOT,
      env: { ...process.env, JOBS_POLL_MS: '300', JOBS_LOCK_LIFETIME_MS: '3000', NODE_ENV: 'test', ...this.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.logs.set(child, '');
    child.stdout!.on('data', (d) => this.logs.set(child, this.logs.get(child) + String(d)));
    let errors = '';
    child.stderr!.on('data', (d) => (errors += d));
    child.on('exit', (code) => {
      if (code) process.stderr.write(`worker exited ${code}: ${errors}\n`);
    });
    this.children.push(child);
    return child;
  }

  /** What the worker logged so far (its stdout). */
  output(child: ChildProcess): string {
    return this.logs.get(child) ?? '';
  }

  /** The worker whose TCP connection has local port `port` on this machine (Linux /proc), if it is one of ours. */
  ownerOfPort(port: number): ChildProcess | undefined {
    const hex = port.toString(16).toUpperCase().padStart(4, '0');
    const inodes = new Set(
      ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
        readFileSync(file, 'utf8').split('\n').slice(1).map((line) => line.trim().split(/\s+/)).filter((f) => f[1]?.endsWith(`:${hex}`)).map((f) => f[9]),
      ),
    );
    return this.children.find((child) => {
      try {
        return readdirSync(`/proc/${child.pid}/fd`).some((fd) => inodes.has(/^socket:\[(\d+)\]$/.exec(safeReadlink(`/proc/${child.pid}/fd/${fd}`))?.[1] ?? ''));
      } catch {
        return false;
      }
    });
  }

  /** Freezes the worker as CPU starvation or a debugger would (SIGSTOP): its timers, renewals and calls stall. */
  pause(child: ChildProcess): void {
    child.kill('SIGSTOP');
  }

  resume(child: ChildProcess): void {
    child.kill('SIGCONT');
  }

  async kill(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  async killAll(): Promise<void> {
    await Promise.all(this.children.map((c) => this.kill(c)));
  }
}

function safeReadlink(file: string): string {
  try {
    return readlinkSync(file);
  } catch {
    return '';
  }
}
