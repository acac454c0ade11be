-- 渠道文案: the WeChat cover (封面) chosen from the item's own image attachments (JPEG/PNG, checked when written).
ALTER TABLE channel_variants ADD COLUMN wechat_cover_id uuid REFERENCES attachments(id);
