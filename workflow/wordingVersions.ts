import type { WordingVersions } from '../review/wording/index.js';
import { findRevisionWordingVersions } from '../store/wording.js';
import type { Deps } from './deps.js';

/**
 * The dictionary versions a revision was checked with. Reached only through a content the caller was
 * already allowed to read, so it needs no check of its own.
 */
export function revisionWordingVersions(deps: Deps, contentId: string, revision: number): Promise<WordingVersions | null> {
  return findRevisionWordingVersions(deps.pool, contentId, revision);
}
