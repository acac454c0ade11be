import { Router } from 'express';
import { CHANNEL_DESCRIPTORS } from '../channels/plugins.js';
import type { WebhookHooks } from '../channels/descriptor.js';
import { loadAccountCredentials } from '../workflow/accounts.js';
import { applyCallback } from '../workflow/delivery/index.js';
import type { Deps } from '../workflow/deps.js';

/** Every channel's platform callbacks, each under `/channels/<kind>/`, served from the descriptors. */
export function channelWebhooksRouter(deps: Deps): Router {
  const router = Router();
  const hooks: WebhookHooks = {
    credentials: async (accountId) => (await loadAccountCredentials(deps, accountId, { activeOnly: false })).credentials,
    applyStatus: (accountId, externalId, status) => applyCallback(deps, accountId, externalId, status),
  };
  for (const descriptor of CHANNEL_DESCRIPTORS) {
    if ('webhook' in descriptor && descriptor.webhook) router.use(`/channels/${descriptor.kind.toLowerCase()}`, descriptor.webhook(hooks));
  }
  return router;
}
