-- 政策解读: an interpretation is linked to the policy document it explains, so each page can point to the
-- other. A policy may have several (文字解读, 图解, 视频解读); an interpretation explains one policy.
CREATE TABLE policy_interpretations (
  policy_id          uuid NOT NULL REFERENCES contents(id),
  interpretation_id  uuid NOT NULL UNIQUE REFERENCES contents(id),
  linked_by          text NOT NULL,
  linked_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (policy_id, interpretation_id),
  CHECK (policy_id <> interpretation_id)
);

-- 三同步 (政策文件与解读方案同步组织、同步审签、同步部署): a category with this flag will not let a policy
-- through final approval unless a linked interpretation is approved. Off by default: which policy
-- categories need it is the catalogue administrator's decision.
ALTER TABLE categories ADD COLUMN requires_interpretation boolean NOT NULL DEFAULT false;
