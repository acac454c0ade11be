import { appendAudit } from '../audit/chain.js';
import { withTransaction } from '../store/db.js';
import { listImageSourceHosts, replaceImageSourceHosts } from '../store/imageSources.js';
import { requireRole, type Actor } from './actor.js';
import type { Deps } from './deps.js';
import { badInput } from './errors.js';

/**
 * The admin's allowlist of hosts whose images may be fetched and re-hosted on platforms (WeChat). Images
 * uploaded to the hub need no entry; everything else is refused unless its host is listed here.
 */
const HOST = /^(\*\.)?[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/;
const MAX_HOSTS = 200;

export async function getImageSourceHosts(deps: Deps, actor: Actor | null): Promise<string[]> {
  requireRole(actor, 'admin');
  return listImageSourceHosts(deps.pool);
}

export async function setImageSourceHosts(deps: Deps, actor: Actor | null, hosts: readonly string[]): Promise<string[]> {
  const who = requireRole(actor, 'admin');
  const clean = [...new Set(hosts.map((h) => h.trim().toLowerCase()).filter(Boolean))].sort();
  if (clean.length > MAX_HOSTS) throw badInput(`白名单最多 ${MAX_HOSTS} 个主机`, { field: 'hosts' });
  for (const host of clean) {
    if (!HOST.test(host)) throw badInput(`「${host.slice(0, 100)}」不是有效的主机名（如 www.gov.cn 或 *.gov.cn，不含协议和路径）`, { field: 'hosts' });
  }
  return withTransaction(deps.pool, async (tx) => {
    const before = await listImageSourceHosts(tx);
    await replaceImageSourceHosts(tx, clean, who.username);
    await appendAudit(tx, { actor: who.username, action: 'settings.image_sources', targetType: 'settings', targetId: 'image_source_hosts', details: { before, after: clean } });
    return clean;
  });
}

/**
 * What the platform adapters may fetch images from, read at each use so an admin's change applies at
 * once: the allowlist, plus the hub's own public host (images it serves itself).
 */
export function imageSourcePolicy(deps: Pick<Deps, 'pool' | 'config'>): () => Promise<{ allowedHosts: string[]; allowAddresses: string[] }> {
  const own = new URL(deps.config.publicBaseUrl).hostname.toLowerCase();
  return async () => ({ allowedHosts: [own, ...(await listImageSourceHosts(deps.pool))], allowAddresses: deps.config.imageFetchAllowAddresses });
}
