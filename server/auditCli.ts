import fs from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { ChainVerification } from '../audit/chain.js';
import { exportCheckpoint } from '../audit/checkpoint.js';
import { EXPORT_FORMATS, type ExportFormat } from '../audit/export.js';
import { systemActor } from '../workflow/actor.js';
import { auditSearchFromText, exportAuditEvents } from '../workflow/audit.js';
import { createCheckpoint, verifyCheckpointExport, verifyStoredCheckpoints, type CheckpointDeps } from '../workflow/checkpoints.js';
import { badInput } from '../workflow/errors.js';

/**
 * `tongfa audit …`. Each command reads its arguments first and returns what to run once the database is
 * open, so a mistyped option fails at once. Returns the exit code.
 */
type AuditCliCommand = (args: string[]) => (deps: CheckpointDeps, out: Writable) => Promise<number>;

const CLI = systemActor('cli');

function chainLine(chain: ChainVerification): string {
  return chain.ok
    ? `audit chain intact: ${chain.length} events, head ${chain.headHash}\n`
    : `audit chain BROKEN at sequence ${chain.firstBrokenSeq} (${chain.length} events verified before it)\n`;
}

const UNANCHORED = 'warning: no trusted key (set AUDIT_PUBLIC_KEY): signatures were checked only against the keys the checkpoints carry\n';

function readCheckpointFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw badInput(`cannot read checkpoint file ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw badInput(`checkpoint file ${file} is not JSON`);
  }
}

const verify: AuditCliCommand = (args) => {
  const { values } = parseArgs({ args, options: { checkpoint: { type: 'string' } } });
  const exported = values.checkpoint === undefined ? undefined : readCheckpointFile(values.checkpoint);
  return async (deps, out) => {
    if (exported !== undefined) {
      const result = await verifyCheckpointExport(deps, CLI, exported);
      out.write(chainLine(result.chain));
      out.write(`${result.check.ok ? 'checkpoint holds' : `checkpoint FAILS (${result.check.problem})`}: ${result.check.message}\n`);
      if (!result.anchored) out.write('warning: the key was taken from the checkpoint file; set AUDIT_PUBLIC_KEY to require a trusted key\n');
      return result.ok ? 0 : 1;
    }
    const result = await verifyStoredCheckpoints(deps, CLI);
    out.write(chainLine(result.chain));
    if (result.checked > 0) {
      const failed = result.failures.length;
      out.write(failed === 0 ? `${result.checked} signed checkpoints hold\n` : `signed checkpoints FAIL (${failed}${failed >= 100 ? '+' : ''} of ${result.checked}):\n`);
      for (const failure of result.failures) out.write(`  #${failure.checkpoint.id} ${failure.problem}: ${failure.message}\n`);
      if (!result.anchored) out.write(UNANCHORED);
    }
    if (result.missing.length > 0) {
      out.write(`checkpoints recorded in the chain but MISSING or ALTERED in the checkpoints table (${result.missing.length}${result.missing.length >= 100 ? '+' : ''}):\n`);
      for (const m of result.missing) out.write(`  #${m.checkpointId} (event ${m.seq}, ${m.length} events) ${m.problem}\n`);
    }
    return result.ok ? 0 : 1;
  };
};

const checkpoint: AuditCliCommand = (args) => {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  return async (deps, out) => {
    const record = (await createCheckpoint(deps, CLI))!;
    const json = `${JSON.stringify(exportCheckpoint(record), null, 2)}\n`;
    if (values.out === undefined) {
      out.write(json);
    } else {
      fs.writeFileSync(values.out, json);
      out.write(`checkpoint #${record.id}: ${record.length} events, head ${record.headHash}, key ${record.keyId}, written to ${values.out}\n`);
    }
    return 0;
  };
};

const exportCommand: AuditCliCommand = (args) => {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: 'string', default: 'csv' }, actor: { type: 'string' }, action: { type: 'string' }, unit: { type: 'string' },
      target: { type: 'string' }, 'target-type': { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
    },
  });
  const format = values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw badInput(`--format must be ${EXPORT_FORMATS.join(' or ')}`, { field: 'format' });
  const search = auditSearchFromText({ ...values, targetType: values['target-type'] });
  return async (deps, out) => {
    const chunks = await exportAuditEvents(deps, CLI, search, format);
    // stdout stays open: the process, not the export, decides when it ends.
    await pipeline(Readable.from(chunks), out, { end: false });
    return 0;
  };
};

export const auditCli: Record<'verify' | 'checkpoint' | 'export', AuditCliCommand> = { verify, checkpoint, export: exportCommand };
