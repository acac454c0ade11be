import { ChannelError } from '../../channels/Channel.js';
import type { TestHub } from './hub.js';
import { WorkerProcesses } from './workers.js';

/** Draft → review → approval over the API, as an editor and a reviewer would; returns the item's id. */
export async function approveItem(
  t: TestHub,
  tokens: { ed: string; rev: string },
  item: { title: string; body?: string; summary?: string; channels: string[] },
): Promise<string> {
  const created = await t.gql<{ createContent: { id: string } }>('mutation($i:ContentInput!){ createContent(input:$i){ id } }', {
    i: { title: item.title, body: item.body ?? `<p>${item.title}。</p>`, ...(item.summary ? { summary: item.summary } : {}), categoryCode: 'gzdt', channels: item.channels },
  }, tokens.ed);
  const id = created.data!.createContent.id;
  await t.gql('mutation($id:ID!){ submitContent(id:$id){ id } }', { id }, tokens.ed);
  await t.gql('mutation($id:ID!){ reviewContent(id:$id, decision: APPROVE){ id } }', { id }, tokens.rev);
  return id;
}

/** Draft → review → approval → release over the API; returns the item's id. */
export async function releaseItem(
  t: TestHub,
  tokens: { ed: string; rev: string },
  item: { title: string; body?: string; summary?: string; channels: string[] },
): Promise<string> {
  const id = await approveItem(t, tokens, item);
  const published = await t.gql('mutation($id:ID!){ publishContent(id:$id){ id } }', { id }, tokens.ed);
  if (published.errors) throw new Error(`publishContent: ${JSON.stringify(published.errors)}`);
  return id;
}

/** Worker processes of this hub, speaking to the given platform simulators. */
export function platformWorkers(t: TestHub, bases: { wechat: string; weibo: string }): WorkerProcesses {
  return new WorkerProcesses({
    DATABASE_URL: t.db.url, DATA_DIR: t.config.dataDir, PUBLIC_BASE_URL: t.config.publicBaseUrl, WECHAT_API_BASE: bases.wechat, WEIBO_API_BASE: bases.weibo,
  });
}

export async function expectChannelError(p: Promise<unknown>): Promise<ChannelError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ChannelError);
    return err as ChannelError;
  }
  throw new Error('expected a ChannelError');
}
