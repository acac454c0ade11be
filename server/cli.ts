import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../workflow/errors.js';
import { loadConfig } from './config.js';

// Commands import what they need when they run: `tongfa scan` should not load the HTTP stack.
const openDatabase = async (...args: Parameters<typeof import('./database.js').openDatabase>) => (await import('./database.js')).openDatabase(...args);

const USAGE = `usage: tongfa <command>
  serve [--no-worker] [--demo]   HTTP server (GraphQL, portal, feeds) and, unless --no-worker, the job worker
  worker                         the job worker alone
  migrate                        create or upgrade the database schema
  user create --username U --password P --role editor|reviewer|channel_admin|overseer|admin [--unit CODE] [--email E]
  audit verify [--checkpoint FILE]   exit 0 when the audit chain is intact and every signed checkpoint
                                     (stored, or the exported one in FILE) holds
  audit checkpoint [--out FILE]      sign the chain's length and head now; print or write the checkpoint
  audit export [--format csv|jsonl] [--actor A] [--action A] [--unit CODE] [--target ID] [--target-type T]
               [--from TIME] [--to TIME]   the audit trail to stdout (TIME: ISO 8601 or YYYY-MM-DD, Beijing)
  scan [--json] [--html] [--category CODE] FILE...   run the review gate on files (- = stdin; PDF, DOCX … read as attachments)
`;

/** `tongfa <command>`: one entry point for the hub's processes and tools. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'serve':
        return await serve(rest);
      case 'worker':
        return await runForever({ web: false, worker: true });
      case 'migrate': {
        const db = await openDatabase(loadConfig());
        const { rows } = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
        process.stdout.write(`schema up to date (${rows[0].n} migrations applied)\n`);
        await db.close();
        return 0;
      }
      case 'user':
        return await userCommand(rest);
      case 'audit':
        return await auditCommand(rest);
      case 'scan': {
        const { scanCommand } = await import('../review/scanCommand.js');
        const { gateDocument } = await import('../workflow/attachmentFiles.js');
        return await scanCommand(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, document: gateDocument });
      }
      default:
        process.stderr.write(USAGE);
        return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
    }
  } catch (error) {
    if (error instanceof AppError) {
      process.stderr.write(`tongfa: ${error.code}: ${error.message}\n`);
      return 1;
    }
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS_')) {
      process.stderr.write(`tongfa: ${error.message}\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`tongfa: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'no-worker': { type: 'boolean' }, demo: { type: 'boolean' } } });
  return runForever({ web: true, worker: !values['no-worker'], demo: !!values.demo });
}

async function runForever(options: { web: boolean; worker: boolean; demo?: boolean }): Promise<number> {
  const config = loadConfig();
  const { startHub } = await import('./runtime.js');
  const { DEMO_USERS, assertDemoAllowed, seedDemo } = await import('./demo.js');
  if (options.demo) assertDemoAllowed(config);
  if (options.web) await (await import('./console.js')).ensureConsoleBuilt((line) => process.stdout.write(`${line}\n`));
  const hub = await startHub(config, options);
  // A long-running process outlives a database blink: a stray rejection is logged, never fatal.
  process.on('unhandledRejection', (error) => hub.deps.logger.error({ err: error }, '未处理的异步错误'));
  process.stdout.write(`tongfa ${options.web ? 'serving' : 'worker running'}${hub.url ? ` at ${hub.url}` : ''} (${hub.db.embedded ? `embedded PostgreSQL under ${config.dataDir}` : 'DATABASE_URL'})\n`);
  if (options.demo) {
    const seeded = await seedDemo(hub.deps);
    process.stdout.write(`${seeded ? 'demo data created' : 'demo data already present'}; demo users (username / password / role):\n`);
    for (const user of DEMO_USERS) process.stdout.write(`  ${user.username.padEnd(13)} ${user.password.padEnd(18)} ${user.role}\n`);
    if (hub.url) process.stdout.write(`console ${hub.url}/console/  ·  portal ${hub.url}/  ·  GraphQL ${hub.url}/graphql  ·  feeds ${hub.url}/feed.json ${hub.url}/feed.xml\n`);
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stdout.write('stopping…\n');
  await hub.stop().catch((error: unknown) => hub.deps.logger.error({ err: error }, '停止时出错'));
  return 0;
}

async function userCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'create') {
    process.stderr.write(USAGE);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: { username: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' }, unit: { type: 'string' }, 'unit-name': { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } },
  });
  if (!values.username || !values.password || !values.role) {
    process.stderr.write('tongfa user create needs --username, --password and --role\n');
    return 2;
  }
  const { createUser } = await import('../workflow/users.js');
  const { SYSTEM } = await import('../workflow/actor.js');
  const db = await openDatabase(loadConfig());
  try {
    const user = await createUser(db.pool, SYSTEM, {
      username: values.username, password: values.password, role: values.role, unitCode: values.unit ?? null, unitName: values['unit-name'] ?? null,
      email: values.email ?? null, displayName: values.name ?? null,
    });
    process.stdout.write(`created user ${user.username} (${user.role}) in unit ${user.unitCode}\n`);
    return 0;
  } finally {
    await db.close();
  }
}

async function auditCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { auditCli } = await import('./auditCli.js');
  const command = sub === 'verify' || sub === 'checkpoint' || sub === 'export' ? auditCli[sub] : null;
  if (!command) {
    process.stderr.write(USAGE);
    return 2;
  }
  // Arguments are checked before the database is opened: a typo should not wait for PostgreSQL to start.
  const run = command(rest);
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    const { createMailer } = await import('./mailer.js');
    const mailer = createMailer({ smtpUrl: config.smtpUrl, outboxDir: path.join(config.dataDir, 'outbox') });
    return await run({ pool: db.pool, config, now: () => new Date(), mailer }, process.stdout);
  } finally {
    await db.close();
  }
}
