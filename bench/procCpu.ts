/**
 * CPU time of processes, read from /proc (Linux): a measure of cost that a loaded machine does not distort
 * the way wall-clock rates are distorted. Times are in milliseconds.
 */
import fs from 'node:fs';

/** USER_HZ: the unit of /proc/<pid>/stat times on Linux (100 on every common architecture). */
const TICK_MS = 10;

interface ProcTimes {
  ppid: number;
  /** utime + stime of the process itself. */
  own: number;
  /** cutime + cstime: its children that have exited and been waited for. */
  reaped: number;
}

function readStat(pid: number): ProcTimes | null {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name may hold spaces and parentheses: the fields start after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const at = (n: number): number => Number(fields[n - 3]);
  return { ppid: at(4), own: (at(14) + at(15)) * TICK_MS, reaped: (at(16) + at(17)) * TICK_MS };
}

/** CPU time of one process. */
export function processCpuMs(pid: number): number {
  return readStat(pid)?.own ?? 0;
}

/**
 * CPU time of a process and all of its children, living and exited (a PostgreSQL postmaster and its
 * backends: connections that closed are counted through the postmaster's reaped-children times).
 */
export function processTreeCpuMs(pid: number): number {
  const root = readStat(pid);
  if (!root) return 0;
  let total = root.own + root.reaped;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = readStat(Number(entry));
    if (child?.ppid === pid) total += child.own + child.reaped;
  }
  return total;
}

/** The postmaster of a cluster, from its data directory's `postmaster.pid`. */
export function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
}

/** CPU time of the whole machine (every process, this bench's and anyone else's), all cores summed. */
export interface MachineCpu {
  busyMs: number;
  totalMs: number;
}

/**
 * The machine's CPU counters from /proc/stat: busy (user, nice, system, irq, softirq, steal) and total (busy plus
 * idle and iowait). Between two readings, busy / total is the share of all cores that was busy, whoever used it.
 */
export function machineCpuMs(): MachineCpu {
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already inside user and nice).
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
  const busy = user + nice + system + irq + softirq + (steal ?? 0);
  return { busyMs: busy * TICK_MS, totalMs: (busy + idle + iowait) * TICK_MS };
}
