import { findAccountSettings, type AccountSettings } from '../store/channelSettings.js';
import { listReviews, type ReviewRecord } from '../store/contents.js';
import { findDeliveryMode, type DeliveryMode } from '../store/deliveryState.js';
import { listPublications, type PublicationRecord } from '../store/publications.js';
import { categoryPublicityDays, publicityDeadline } from '../store/publicity.js';
import type { Deps } from './deps.js';

/*
 * What an item already in the reader's hands carries besides itself: a content's reviews and publications,
 * a publication's WeChat mode, an account's settings, a category's 公示期. The GraphQL field resolvers ask
 * here; whoever read the parent was authorised to read it, so these add no check of their own.
 */

export const reviewsOf = (deps: Deps, contentId: string): Promise<ReviewRecord[]> => listReviews(deps.pool, contentId);

export const publicationsOf = (deps: Deps, contentId: string): Promise<PublicationRecord[]> => listPublications(deps.pool, contentId);

export const deliveryModeOf = (deps: Deps, publicationId: string): Promise<DeliveryMode | null> => findDeliveryMode(deps.pool, publicationId);

export const accountSettingsOf = (deps: Deps, accountId: string): Promise<AccountSettings> => findAccountSettings(deps.pool, accountId);

/** A category's default 公示期 in days; null: items stay up. */
export const publicityDaysOf = (deps: Deps, categoryCode: string): Promise<number | null> => categoryPublicityDays(deps.pool, categoryCode);

/** When an item's 公示期 ends (its own date, else the category default), or null. */
export const publicityDeadlineOf = (deps: Deps, contentId: string): Promise<Date | null> => publicityDeadline(deps.pool, contentId);
