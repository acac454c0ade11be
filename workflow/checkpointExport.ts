import fs from 'node:fs/promises';
import path from 'node:path';
import { exportCheckpoint } from '../audit/checkpoint.js';
import type { CheckpointRecord } from '../store/checkpoints.js';
import { findUsersWithRole } from '../store/organisation.js';
import type { Deps } from './deps.js';

/**
 * Sends every new checkpoint out of the database as soon as it is signed: as a file into a directory
 * the database administrator cannot write (AUDIT_CHECKPOINT_DIR, e.g. a WORM or remote mount), and/or
 * by mail (AUDIT_CHECKPOINT_MAIL_TO: addresses, `overseers` for every overseer with an address). A
 * rewrite of history then has to contradict copies kept elsewhere, by people other than the key holder.
 */
export async function exportCheckpointOutside(deps: Pick<Deps, 'pool' | 'config'> & Partial<Pick<Deps, 'mailer'>>, record: CheckpointRecord): Promise<void> {
  const { auditCheckpointDir: dir, auditCheckpointMailTo: mailTo } = deps.config;
  const json = `${JSON.stringify(exportCheckpoint(record), null, 2)}\n`;
  if (dir) {
    await fs.mkdir(dir, { recursive: true });
    // Never overwrite: a name is used once, and the file is read-only once written.
    const file = path.join(dir, `tongfa-audit-checkpoint-${String(record.length).padStart(12, '0')}-${record.id}.json`);
    await fs.writeFile(file, json, { flag: 'wx', mode: 0o444 });
  }
  if (mailTo.length > 0 && deps.mailer) {
    const overseers = mailTo.includes('overseers') ? (await findUsersWithRole(deps.pool, ['overseer'])).map((u) => u.email).filter((e): e is string => !!e) : [];
    const to = [...new Set([...mailTo.filter((a) => a !== 'overseers'), ...overseers])];
    if (to.length === 0) return;
    await deps.mailer.send({
      to,
      subject: `【统发】审计检查点 #${record.id}：${record.length} 条事件`,
      text: [
        `审计链检查点已签发：共 ${record.length} 条事件，链头哈希 ${record.headHash}，签名密钥 ${record.keyId}。`,
        '请原样保存本邮件（或下方 JSON）。核验：将 JSON 存为文件后运行 `tongfa audit verify --checkpoint 文件`；',
        '若核验失败，说明该检查点之前的审计记录被改写。',
        '',
        json,
      ].join('\n'),
    });
  }
}
