import { op } from '../api';

export interface ItemImage { id: string; fileName: string; mediaType: string }

/** The item's current attachments; the 渠道文案 offers its JPG/PNG images as the WeChat cover. */
export const ITEM_IMAGES = op<{ content: { id: string; attachments: ItemImage[] } | null }, { id: string }>(
  `query ItemImages($id: ID!) { content(id: $id) { id attachments { id fileName mediaType } } }`,
);

/** What WeChat takes as a cover (the server checks the same). */
export const COVER_TYPES = ['image/jpeg', 'image/png'];
