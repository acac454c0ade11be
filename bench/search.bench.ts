/**
 * Portal search benchmark (not a test): `npm run bench:search`, i.e. `node --import tsx bench/search.bench.ts`.
 *
 * Starts its own embedded PostgreSQL in a temporary directory, publishes 100,000 items (SEARCH_BENCH_ITEMS
 * to change) through SQL on two connections (SEARCH_BENCH_SEED_CONNECTIONS) — the index is filled by the same
 * triggers as in production; only the workflow around them (gate, audit, jobs) is skipped — and runs a set of
 * queries through the very function the portal and the API call. Prints p50/p99 per query beside a
 * trivial primary-key lookup measured in the same process (the noise floor), the old ILIKE scan for
 * comparison, and the EXPLAIN ANALYZE plan of one search, which must show the GIN index.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPool, type Pool } from '../store/db.js';
import { ensureDatabase, startEmbedded } from '../store/embedded.js';
import { migrate } from '../store/migrate.js';
import { explainSearch, searchPublishedItems, type SearchPage } from '../store/search.js';
import { median, quantile, table } from './stats.js';

const ITEMS = Number(process.env.SEARCH_BENCH_ITEMS ?? 100_000);
const BATCH = 2000;
/** Connections writing batches at once: the index is built by the triggers either way; two use both cores. */
const SEED_CONNECTIONS = Number(process.env.SEARCH_BENCH_SEED_CONNECTIONS ?? 2);
const RUNS = Number(process.env.SEARCH_BENCH_RUNS ?? 200);
const WARMUP = 10;

let seed = 20251123;
function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

// Filler vocabulary of government notices; the query words below are mixed in at known rates.
const FILLER = (
  '工作 推进 加强 管理 服务 建设 发展 落实 部署 会议 要求 相关 单位 群众 社会 经济 安全 生产 环境 保护 规划 项目 资金 审批 监督 检查 ' +
  '教育 卫生 医疗 交通 农业 农村 城市 市场 企业 改革 创新 政策 制度 标准 质量 信息 公开 数据 平台 系统 街道 社区 乡镇 人民 政府 办公室 ' +
  '年度 计划 方案 实施 意见 办法 规定 条例 执行 情况 报告 统计 公告 公示 结果 名单 申报 受理 办理 窗口 时限 材料 流程 指南 疫情 防控'
).split(' ');
const RATES: [word: string, inTitle: number, inBody: number][] = [
  ['供暖', 0.003, 0.01], // rare
  ['补贴', 0.01, 0.05], // medium
  ['养老', 0.005, 0.03],
  ['通知', 0.3, 0.2], // common
];

function sentence(words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(pick(FILLER));
  return `${parts.join('')}${pick(['，', '。', '；', '。'])}`;
}

function document(): { title: string; html: string } {
  const titleParts = [sentence(2 + Math.floor(rnd() * 3)).slice(0, -1)];
  const paragraphs: string[] = [];
  for (let p = 0, n = 2 + Math.floor(rnd() * 5); p < n; p++) {
    let text = '';
    for (let s = 0, m = 2 + Math.floor(rnd() * 4); s < m; s++) text += sentence(4 + Math.floor(rnd() * 8));
    paragraphs.push(text);
  }
  for (const [word, inTitle, inBody] of RATES) {
    if (rnd() < inTitle) titleParts.push(word);
    if (rnd() < inBody) {
      const p = Math.floor(rnd() * paragraphs.length);
      const at = Math.floor(rnd() * paragraphs[p].length);
      paragraphs[p] = paragraphs[p].slice(0, at) + word + paragraphs[p].slice(at);
    }
  }
  return { title: `关于${titleParts.join('')}的公告`, html: paragraphs.map((p, i) => (i === 1 ? `<p><strong>${p.slice(0, 6)}</strong>${p.slice(6)}</p>` : `<p>${p}</p>`)).join('') };
}

async function seedItems(pool: Pool): Promise<void> {
  const { rows: [unit] } = await pool.query<{ id: string }>(`INSERT INTO units (code, name) VALUES ('bench', '基准测试单位') RETURNING id`);
  const { rows: [user] } = await pool.query<{ id: string }>(
    `INSERT INTO users (username, display_name, password_hash, role, unit_id) VALUES ('bench', 'bench', 'x', 'editor', $1) RETURNING id`, [unit.id],
  );
  const categories = ['tzgg', 'gzdt', 'zcwj', 'zcjd', 'ghdt', 'tjxx'];
  const start = Date.UTC(2023, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  // Batches are generated in order (the same items whatever SEED_CONNECTIONS) and written SEED_CONNECTIONS at a
  // time, each through the production triggers: the index is built as it would be by that many publishers.
  const writeBatch = async (b: { ids: string[]; cats: string[]; titles: string[]; htmls: string[]; times: Date[] }): Promise<void> => {
    const { ids, cats, titles, htmls, times } = b;
    // The approved revision's text lives in the rendition, which is what the portal and the index read.
    await pool.query(
      `WITH c AS (INSERT INTO contents (id, unit_id, author_id, category_code, status, revision, approved_revision, channels, published_at)
                  SELECT id, $2, $3, cat, 'PUBLISHED', 1, 1, '{PORTAL}', at FROM unnest($1::uuid[], $4::text[], $6::timestamptz[]) AS x(id, cat, at)
                  -- 索引号 sequences (per category and year) are locked in one order by every batch: no deadlock.
                  ORDER BY cat, at RETURNING id),
            r AS (INSERT INTO content_revisions (content_id, revision, title, body_html, content_hash, created_by, verdict, findings)
                  SELECT id, 1, title, '', 'bench', $3, 'pass', '[]' FROM unnest($1::uuid[], $5::text[]) AS x(id, title) RETURNING content_id)
       SELECT count(*) FROM c, r WHERE c.id = r.content_id`,
      [ids, unit.id, user.id, cats, titles, times],
    );
    await pool.query(
      `INSERT INTO renditions (content_id, revision, title, html, summary) SELECT id, 1, title, html, '' FROM unnest($1::uuid[], $2::text[], $3::text[]) AS x(id, title, html)`,
      [ids, titles, htmls],
    );
    await pool.query(
      `INSERT INTO publications (content_id, revision, channel, idempotency_key, status, not_before, published_at)
       SELECT id, 1, 'PORTAL', id || ':1:PORTAL:hub', 'PUBLISHED', at, at FROM unnest($1::uuid[], $2::timestamptz[]) AS x(id, at)`,
      [ids, times],
    );
  };
  for (let done = 0; done < ITEMS; ) {
    const group: Promise<void>[] = [];
    for (let k = 0; k < SEED_CONNECTIONS && done < ITEMS; k++) {
      const n = Math.min(BATCH, ITEMS - done);
      const batch = { ids: [] as string[], cats: [] as string[], titles: [] as string[], htmls: [] as string[], times: [] as Date[] };
      for (let i = 0; i < n; i++) {
        const doc = document();
        batch.ids.push(randomUUID());
        batch.cats.push(pick(categories));
        batch.titles.push(doc.title);
        batch.htmls.push(doc.html);
        batch.times.push(new Date(start + Math.floor(rnd() * span)));
      }
      group.push(writeBatch(batch));
      done += n;
    }
    await Promise.all(group);
    process.stdout.write(`  ${done} items\r`);
  }
  process.stdout.write('\n');
  await pool.query('VACUUM ANALYZE');
}

/** The total as the portal shows it: an estimate is marked 约. */
const matchesText = (page: SearchPage): string => `${page.estimated ? '约 ' : ''}${page.total}`;

async function time(run: () => Promise<unknown>, runs = RUNS): Promise<number[]> {
  for (let i = 0; i < Math.min(WARMUP, runs); i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  return samples;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongfa-bench-search-'));
  const server = await startEmbedded({ dir: path.join(dir, 'pg'), ephemeral: true });
  const pool = createPool(server.urlFor('bench'), 4);
  try {
    await ensureDatabase(server.adminUrl, 'bench');
    await migrate(pool);
    console.log(`Publishing ${ITEMS.toLocaleString('en')} items (the triggers build the index as they go) …`);
    const t0 = performance.now();
    await seedItems(pool);
    const { rows: [size] } = await pool.query<{ docs: number; index: string; table: string }>(
      `SELECT (SELECT count(*)::int FROM search_documents) AS docs, pg_size_pretty(pg_relation_size('search_documents_tokens_idx')) AS index,
         pg_size_pretty(pg_total_relation_size('search_documents')) AS table`,
    );
    console.log(`Seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${size.docs} search documents, GIN index ${size.index}, table with index ${size.table}.`);
    // What the search trigger costs a publication: the same refresh, forced, over a sample of documents.
    const sample = Math.min(1000, size.docs);
    const r0 = performance.now();
    await pool.query('SELECT count(search_refresh(content_id, true)) FROM (SELECT content_id FROM search_documents LIMIT $1) s', [sample]);
    console.log(`Re-indexing ${sample} documents (search_refresh, as the trigger does): ${((performance.now() - r0) / sample).toFixed(2)} ms per item.`);

    const someId = (await pool.query<{ id: string }>('SELECT id FROM contents LIMIT 1')).rows[0].id;
    const page = { offset: 0, limit: 20 };
    const cases: { name: string; run: () => Promise<unknown>; runs?: number; matches?: () => Promise<string> }[] = [
      { name: 'baseline: primary-key lookup', run: () => pool.query('SELECT id, status FROM contents WHERE id = $1', [someId]) },
    ];
    for (const [label, q, window] of [
      ['rare word 供暖', ['供暖'], page], ['medium word 补贴', ['补贴'], page], ['word 养老', ['养老'], page], ['common word 通知 (~45%)', ['通知'], page],
      ['phrase 供暖补贴', ['供暖补贴'], page], ['two terms 补贴 养老', ['补贴', '养老'], page], ['single char 暖', ['暖'], page],
      ['no match 量子', ['量子'], page], ['补贴, page 50', ['补贴'], { offset: 980, limit: 20 }],
    ] as const) {
      cases.push({ name: label, run: () => searchPublishedItems(pool, q, window), matches: async () => matchesText(await searchPublishedItems(pool, q, page)) });
    }
    // The same common word ranked exactly over every match, as before migration 0019: the cost the cap avoids.
    const uncapped = 2_000_000_000;
    cases.push({ name: 'common word 通知, exact ranking (uncapped)', run: () => searchPublishedItems(pool, ['通知'], page, uncapped), matches: async () => matchesText(await searchPublishedItems(pool, ['通知'], page, uncapped)), runs: Math.min(RUNS, 50) });
    // What 0019 added to every query before deciding: the planner's estimate through EXPLAIN (now read from pg_stats).
    const explain = (word: string) => pool.query(`EXPLAIN (FORMAT JSON) SELECT 1 FROM search_documents WHERE tokens @> ARRAY[$1::text]`, [word]);
    cases.push({ name: '0019 estimate alone: EXPLAIN tokens @> 供暖', run: () => explain('供暖') });
    for (const word of ['供暖', '通知']) {
      cases.push({ name: `${word} with 0019's EXPLAIN before it`, run: async () => { await explain(word); await searchPublishedItems(pool, [word], page); } });
    }
    cases.push({ name: 'common word 通知, page 50', run: () => searchPublishedItems(pool, ['通知'], { offset: 980, limit: 20 }) });
    const naive = `SELECT p.content_id FROM publications p JOIN renditions r ON r.content_id = p.content_id AND r.revision = p.revision
      WHERE p.channel = 'PORTAL' AND p.status = 'PUBLISHED' AND (r.title ILIKE $1 OR r.html ILIKE $1)
      ORDER BY (r.title ILIKE $1) DESC, p.published_at DESC LIMIT 20`;
    cases.push({ name: 'old ILIKE scan 补贴 (for comparison)', run: () => pool.query(naive, ['%补贴%']), runs: 20 });

    const rows: (string | number)[][] = [];
    let baseline = Number.NaN;
    for (const c of cases) {
      const samples = await time(c.run, c.runs);
      const p50 = median(samples);
      if (Number.isNaN(baseline)) baseline = p50;
      rows.push([c.name, c.matches ? String(await c.matches()) : '', p50, quantile(samples, 0.99), p50 / baseline, String(samples.length)]);
    }
    console.log(`\nLatency in ms, ${RUNS} runs after ${WARMUP} warm-up runs, one client, page size 20:\n`);
    console.log(table(['query', 'matches', 'p50 ms', 'p99 ms', 'p50 / baseline', 'runs'], rows));

    const client = await pool.connect();
    const plan = await explainSearch(client, ['补贴'], page).finally(() => client.release());
    const indexLines = plan.filter((line) => /search_documents_tokens_idx|on search_documents|Duration:/.test(line));
    console.log('\nEXPLAIN ANALYZE of the ranking query inside search_rank for 补贴 (auto_explain; index usage):');
    for (const line of indexLines) console.log(line.replace(/^\s{20,}/, '    '));
    if (!indexLines.some((line) => line.includes('search_documents_tokens_idx'))) {
      console.log('\nThe plan does not use search_documents_tokens_idx: the search is scanning.');
      process.exitCode = 1;
    }
    if (process.env.SEARCH_BENCH_PLAN) console.log(`\n${plan.join('\n')}`);
  } finally {
    await pool.end();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
