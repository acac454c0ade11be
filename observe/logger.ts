import { AsyncLocalStorage } from 'node:async_hooks';
import { Writable } from 'node:stream';
import { BEIJING_TIME_ZONE } from '../time/beijing.js';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';

export type { Logger };

export type LogFormat = 'json' | 'pretty';
export type LogLevel = Level | 'silent';

/**
 * The request a piece of work belongs to. HTTP middleware opens it, the scheduler copies the id into the
 * jobs it arms, and the job runner reopens it: a delivery's log lines carry the id of the request that
 * approved it.
 */
const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export function withRequestId<T>(requestId: string | undefined, work: () => T): T {
  return requestId ? requestContext.run({ requestId }, work) : work();
}

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

const SECRET_KEYS = ['password', 'token', 'accessToken', 'access_token', 'appSecret', 'secret', 'credentials', 'callbackToken', 'authorization', 'cookie', 'smtpUrl', 'appSecretKey'];

/** Secrets never reach the log, whether logged at the top level, one level down, or as request headers. */
export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const BEIJING_CLOCK = new Intl.DateTimeFormat('zh-CN', { timeZone: BEIJING_TIME_ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** One JSON log record as one readable line: `12:00:01 INFO  message  key=value …` (Beijing time). */
export function prettyLine(json: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const { level, time, msg, pid: _pid, hostname: _hostname, err, ...rest } = record;
  const clock = typeof time === 'number' ? BEIJING_CLOCK.format(new Date(time)) : '';
  const fields = Object.entries(rest).map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const stack = err && typeof err === 'object' && 'stack' in err ? `\n${String((err as { stack: unknown }).stack)}` : '';
  return `${clock} ${(LEVEL_NAMES[level as number] ?? String(level)).padEnd(5)} ${String(msg ?? '')}${fields.length ? `  ${fields.join(' ')}` : ''}${stack}`;
}

function prettyStream(out: NodeJS.WritableStream): DestinationStream {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) out.write(`${prettyLine(line)}\n`);
      callback();
    },
  });
}

export interface LoggerOptions {
  level: LogLevel;
  format: LogFormat;
  /** Where the lines go; stdout by default. Tests pass a stream they read back. */
  destination?: NodeJS.WritableStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const out = options.destination ?? process.stdout;
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: '[已隐去]' },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      serializers: { err: pino.stdSerializers.err },
    },
    options.format === 'pretty' ? prettyStream(out) : (out as DestinationStream),
  );
}

/** A logger that writes nothing: for tools and tests that do not care. */
export const silentLogger: Logger = pino({ level: 'silent' });
