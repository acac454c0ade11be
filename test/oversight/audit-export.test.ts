import { appendAudit, hashEvent, GENESIS_HASH, type AuditEventInput } from '../../audit/chain.js';
import { csvField } from '../../audit/export.js';
import { withTransaction } from '../../store/db.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

let t: TestHub;
const tokens: Record<string, string> = {};

const append = (input: AuditEventInput) => withTransaction(t.db.pool, (tx) => appendAudit(tx, input));

const TRICKY = ['逗号,在中间', '引号"在"里面', '换行\n第二行', '回车\r\n换行', '  前后空格  ', '="公式"', '😀 emoji 与 Ω'];

beforeAll(async () => {
  t = await startTestHub({ worker: false });
  await t.users([
    { username: 'ed', role: 'editor' },
    { username: 'over', role: 'overseer' },
  ]);
  for (const name of ['ed', 'over']) tokens[name] = await t.login(name);
  for (const [i, text] of TRICKY.entries()) {
    await append({ actor: 'wang', action: 'content.update', targetType: 'content', targetId: `标题,${i}`, unitCode: 'edu', details: { title: text, i } });
  }
});
afterAll(async () => t.stop());

async function get(path: string, token: string | null = tokens.over) {
  const res = await fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** An RFC 4180 reader, independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; }
    else field += c;
  }
  if (field !== '' || record.length > 0) throw new Error('CSV does not end with CRLF');
  return records;
}

test('anonymous → 401 with a Bearer challenge, an editor → 403, a bad parameter → 400', async () => {
  const anonymous = await get('/audit/export.csv', null);
  expect(anonymous.status).toBe(401);
  expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
  expect(JSON.parse(anonymous.bytes.toString()).error.code).toBe('UNAUTHENTICATED');
  expect((await get('/audit/export.csv', 'not-a-token')).status).toBe(401);
  const editor = await get('/audit/export.jsonl', tokens.ed);
  expect(editor.status).toBe(403);
  expect(JSON.parse(editor.bytes.toString()).error.code).toBe('FORBIDDEN');
  for (const query of ['from=yesterday', 'from=2026-02-30', 'from=2026-02-01&to=2026-01-01', 'actor=a&actor=b', 'action=a*b']) {
    const bad = await get(`/audit/export.csv?${query}`);
    expect([query, bad.status]).toEqual([query, 400]);
    expect(JSON.parse(bad.bytes.toString()).error.code).toBe('BAD_USER_INPUT');
  }
});

test('CSV: UTF-8 with a BOM, RFC 4180 quoting of commas, quotes, line breaks and Chinese', async () => {
  const res = await get('/audit/export.csv?actor=wang');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-\d{8}T\d{6}Z\.csv"$/);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = parseCsv(res.bytes.toString('utf8').slice(1));
  expect(records[0]).toEqual(['seq', 'at', 'actor', 'action', 'target_type', 'target_id', 'revision', 'unit_code', 'details', 'prev_hash', 'hash']);
  const rows = records.slice(1);
  expect(rows).toHaveLength(TRICKY.length);
  for (const [i, row] of rows.entries()) {
    expect(row).toHaveLength(11);
    expect(row[2]).toBe('wang');
    expect(row[5]).toBe(`标题,${i}`);
    expect(row[6]).toBe('');
    expect(JSON.parse(row[8])).toEqual({ title: TRICKY[i], i });
  }
  // Oldest first, by sequence number.
  expect(rows.map((r) => Number(r[0]))).toEqual([...rows.map((r) => Number(r[0]))].sort((a, b) => a - b));
});

test('csvField quotes only what needs quoting', () => {
  expect(csvField('plain')).toBe('plain');
  expect(csvField('中文')).toBe('中文');
  expect(csvField('a,b')).toBe('"a,b"');
  expect(csvField('say "hi"')).toBe('"say ""hi"""');
  expect(csvField('a\nb')).toBe('"a\nb"');
  expect(csvField('a\rb')).toBe('"a\rb"');
  expect(csvField(null)).toBe('');
  expect(csvField(7)).toBe('7');
});

test('JSON Lines: every line parses, and a full export re-hashes into the chain', async () => {
  const res = await get('/audit/export.jsonl');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson; charset=utf-8/);
  const text = res.bytes.toString('utf8');
  expect(text.endsWith('\n')).toBe(true);
  const events = text.trimEnd().split('\n').map((line) => JSON.parse(line));
  let prevHash = GENESIS_HASH;
  for (const [i, e] of events.entries()) {
    expect(e.seq).toBe(i + 1);
    expect(e.prevHash).toBe(prevHash);
    expect(hashEvent({ ...e, at: new Date(e.at) })).toBe(e.hash);
    prevHash = e.hash;
  }
  // The export is itself on the record, as the last event it contains.
  expect(events.at(-1)).toMatchObject({ actor: 'over', action: 'audit.export', details: { format: 'jsonl', filter: {} } });
  expect(events.find((e) => e.details.title === '换行\n第二行')).toBeDefined();
});

test('filters as query parameters: unit, target, action prefix, Beijing calendar days', async () => {
  const lines = async (query: string) => {
    const res = await get(`/audit/export.jsonl?${query}`);
    expect(res.status).toBe(200);
    return res.bytes.toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  };
  expect((await lines(`target=${encodeURIComponent('标题,3')}`)).map((e) => e.details.i)).toEqual([3]);
  expect(await lines('unit=edu&action=content.*&targetType=content')).toHaveLength(TRICKY.length);
  expect(await lines('unit=nowhere')).toEqual([]);
  const { rows } = await t.db.pool.query<{ at: Date }>("SELECT at FROM audit_events WHERE actor = 'wang' ORDER BY seq LIMIT 1");
  const today = new Date(rows[0].at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  expect(await lines(`actor=wang&from=${today}&to=${today}`)).toHaveLength(TRICKY.length);
  expect(await lines(`actor=wang&to=${today}T00:00:00%2B08:00`)).toEqual([]);
});

test('a trail longer than a page streams whole, in order', async () => {
  await withTransaction(t.db.pool, async (tx) => {
    for (let i = 0; i < 2500; i++) await appendAudit(tx, { actor: 'bulk', action: 'bulk.event', details: { i } });
  });
  const res = await get('/audit/export.csv?actor=bulk');
  const rows = parseCsv(res.bytes.toString('utf8').slice(1)).slice(1);
  expect(rows).toHaveLength(2500);
  expect(rows.map((r) => JSON.parse(r[8]).i)).toEqual(Array.from({ length: 2500 }, (_, i) => i));
});
