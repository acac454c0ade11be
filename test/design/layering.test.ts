import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The direction of the code's dependencies, read from the sources: the data path runs server/schema/jobs →
 * workflow → store, and the shared vocabulary (text/, time/, observe/) sits below all of them. A value
 * import against that direction fails here, with the file and the import, so a leak is caught when it is
 * written rather than found in a review. Type-only imports are erased at run time and are how a resolver
 * names the record it returns; they are allowed, except into the server.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AREAS = ['audit', 'channels', 'jobs', 'observe', 'review', 'schema', 'server', 'store', 'text', 'time', 'workflow'] as const;
type Area = (typeof AREAS)[number];

interface Import {
  file: string;
  target: string;
  typeOnly: boolean;
}

function sourcesOf(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourcesOf(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Static imports and re-exports, and dynamic `import('…')` of our own files (always values). */
function importsOf(file: string): Import[] {
  const source = fs.readFileSync(file, 'utf8');
  const found: Import[] = [];
  const statement = /^(import|export)\s+(type\s+)?([^;]*?)\s*from\s*'([^']+)'/gms;
  for (const m of source.matchAll(statement)) {
    if (!m[4].startsWith('.')) continue;
    const clause = m[3].trim();
    // `import { type A, type B } from` is erased as a whole, like `import type`.
    const named = /^\{([^}]*)\}$/.exec(clause);
    const allTypes = named !== null && named[1].split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '));
    found.push({ file, target: path.resolve(path.dirname(file), m[4]), typeOnly: Boolean(m[2]) || allTypes });
  }
  for (const m of source.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)) found.push({ file, target: path.resolve(path.dirname(file), m[1]), typeOnly: false });
  return found;
}

const areaOf = (absolute: string): string => path.relative(ROOT, absolute).split(path.sep)[0];
const rel = (absolute: string): string => path.relative(ROOT, absolute).split(path.sep).join('/');

const all: Import[] = AREAS.flatMap((area) => sourcesOf(path.join(ROOT, area)).flatMap(importsOf));
const from = (area: Area): Import[] => all.filter((i) => areaOf(i.file) === area);
const crossing = (list: Import[], targets: readonly string[], opts: { types?: boolean } = {}): string[] =>
  list.filter((i) => targets.includes(areaOf(i.target)) && (opts.types || !i.typeOnly)).map((i) => `${rel(i.file)} → ${rel(i.target)}`);

test('the scan sees the code base (a broken pattern would make every rule pass)', () => {
  expect(from('workflow').filter((i) => areaOf(i.target) === 'store').length).toBeGreaterThan(50);
  expect(from('schema').filter((i) => areaOf(i.target) === 'workflow').length).toBeGreaterThan(20);
  expect(all.some((i) => i.typeOnly)).toBe(true);
});

test('text/ and time/ are leaves: they import nothing of the hub', () => {
  expect([...from('text'), ...from('time')].filter((i) => !['text', 'time'].includes(areaOf(i.target))).map((i) => `${rel(i.file)} → ${rel(i.target)}`)).toEqual([]);
});

test('store/ is the bottom of the data path: no workflow, server, schema, jobs, channels, audit or review code', () => {
  expect(crossing(from('store'), ['workflow', 'server', 'schema', 'jobs', 'channels', 'audit', 'review', 'observe'])).toEqual([]);
  // Not even their types from above the workflow.
  expect(crossing(from('store'), ['workflow', 'server', 'schema', 'jobs'], { types: true })).toEqual([]);
});

test('the audit chain sits on the store (the store test above forbids the other way round)', () => {
  expect(crossing(from('audit'), ['workflow', 'server', 'schema', 'jobs', 'channels'])).toEqual([]);
  expect(from('audit').some((i) => rel(i.target) === 'store/audit.js' && !i.typeOnly)).toBe(true);
  // Hashing and checking only: the rows are read and written by the store.
  expect(sourcesOf(path.join(ROOT, 'audit')).filter((f) => /\.query(<[^>]*>)?\(/.test(fs.readFileSync(f, 'utf8'))).map(rel)).toEqual([]);
});

test('workflow/ never reaches up into the server, the schema or the jobs, not even for a type', () => {
  expect(crossing(from('workflow'), ['server', 'schema', 'jobs'], { types: true })).toEqual([]);
  // The gate and the inspection read HTML through text/, not through a channel's rendering.
  expect(from('workflow').filter((i) => rel(i.target).startsWith('channels/rendition')).map((i) => rel(i.file))).toEqual([]);
});

test('review/ (the gate) and channels/ (the adapters) stand on their own', () => {
  expect(crossing(from('review'), ['workflow', 'server', 'schema', 'jobs', 'store', 'channels', 'audit'])).toEqual([]);
  expect(crossing(from('channels'), ['workflow', 'server', 'schema', 'jobs', 'store', 'audit'])).toEqual([]);
});

test('jobs/ run workflow functions; they never reach into the server or the schema', () => {
  expect(crossing(from('jobs'), ['server', 'schema'], { types: true })).toEqual([]);
});

test('GraphQL modules go through the workflow: no store, audit, server or jobs code in schema/', () => {
  expect(crossing(from('schema'), ['store', 'audit', 'server', 'jobs', 'observe'])).toEqual([]);
});

/** Server modules that own infrastructure (the database's roles, its LISTEN connections), not requests. */
const SERVER_INFRASTRUCTURE = new Set(['server/database.ts', 'server/pageCache.ts', 'server/cli.ts']);
const STORE_PLUMBING = new Set(['store/db.ts', 'store/embedded.ts', 'store/migrate.ts', 'store/roles.ts', 'store/listen.ts']);

test('HTTP routes (portal, media, public forms …) read through the workflow, never the store', () => {
  const leaks = from('server')
    .filter((i) => !SERVER_INFRASTRUCTURE.has(rel(i.file)) && areaOf(i.target) === 'store' && !i.typeOnly && !STORE_PLUMBING.has(`${rel(i.target).replace(/\.js$/, '')}.ts`))
    .map((i) => `${rel(i.file)} → ${rel(i.target)}`);
  expect(leaks).toEqual([]);
  // And no SQL of their own.
  const sql = sourcesOf(path.join(ROOT, 'server')).filter((f) => !SERVER_INFRASTRUCTURE.has(rel(f)) && /\.query(<[^>]*>)?\(\s*[`'"]\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(fs.readFileSync(f, 'utf8')));
  expect(sql.map(rel)).toEqual([]);
});
