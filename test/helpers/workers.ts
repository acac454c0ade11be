import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Real `tongfa worker` processes, to be killed with SIGKILL as a crash would. */
export class WorkerProcesses {
  private readonly children: ChildProcess[] = [];

  constructor(private readonly env: Record<string, string>) {}

  start(): ChildProcess {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/tongfa.js'), 'worker'], {
      cwd: ROOT,
      env: { ...process.env, JOBS_POLL_MS: '300', JOBS_LOCK_LIFETIME_MS: '3000', NODE_ENV: 'test', ...this.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr!.on('data', (d) => (errors += d));
    child.on('exit', (code) => {
      if (code) process.stderr.write(`worker exited ${code}: ${errors}\n`);
    });
    this.children.push(child);
    return child;
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
