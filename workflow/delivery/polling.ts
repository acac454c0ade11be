import { ChannelError, type AccountCredentials, type Channel, type ExternalStatus } from '../../channels/Channel.js';
import type { PublicationRecord } from '../../store/publications.js';
import type { Deps } from '../deps.js';
import { MAX_POLLS, pollDelay, type DeliveryOutcome } from './outcome.js';
import { leaseLostOutcome, recordFailure, recordPublished } from './record.js';

/** Asks the platform how a submitted (asynchronous) publish is doing. */
export async function poll(deps: Deps, adapter: Channel, account: AccountCredentials | null, publication: PublicationRecord, unitId: string): Promise<DeliveryOutcome> {
  if (!adapter.status) throw new ChannelError(`${publication.channel} 不支持查询发布状态`, false, 'NO_STATUS');
  const status = await adapter.status(publication.externalId!, account);
  return applyExternalStatus(deps, publication, unitId, status);
}

/** The verdict of an asynchronous publish, from a poll or from the platform's callback. */
export async function applyExternalStatus(deps: Deps, publication: PublicationRecord, unitId: string, status: ExternalStatus): Promise<DeliveryOutcome> {
  if (status.state === 'published') {
    if (!(await recordPublished(deps, publication, publication.externalId!, status.url))) return leaseLostOutcome(deps, publication);
    return { kind: 'published', url: status.url };
  }
  if (status.state === 'failed') return recordFailure(deps, publication, unitId, new ChannelError(status.message, false, 'PLATFORM_REJECTED'));
  if (publication.polls >= MAX_POLLS) return recordFailure(deps, publication, unitId, new ChannelError('平台长时间未完成发布', false, 'PUBLISH_TIMEOUT'));
  return { kind: 'wait', until: new Date(deps.now().getTime() + pollDelay(publication.polls)) };
}
