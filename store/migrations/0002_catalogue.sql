-- 主动公开基本目录: the standard structure of a county government's disclosure catalogue.
-- Codes are pinyin initials and stable: URLs, the masking policy and statistics refer to them.
INSERT INTO categories (code, name, parent_code, kind, required_approvals, sort_order) VALUES
  ('zfxxgkzn', '政府信息公开指南',   NULL, 'guide', 1, 10),
  ('zfxxgkzd', '政府信息公开制度',   NULL, 'general', 1, 20),
  ('fdzdgknr', '法定主动公开内容',   NULL, 'general', 1, 30),
  ('lzyj',     '履职依据',           'fdzdgknr', 'policy', 1, 31),
  ('jgjj',     '机关简介',           'fdzdgknr', 'general', 1, 32),
  ('ghdt',     '规划动态',           'fdzdgknr', 'general', 1, 33),
  ('rsrm',     '人事任免',           'fdzdgknr', 'general', 2, 34),
  ('xzxk',     '行政许可',           'fdzdgknr', 'general', 1, 35),
  ('xzcf',     '行政处罚',           'fdzdgknr', 'penalty', 1, 36),
  ('tjxx',     '统计信息',           'fdzdgknr', 'general', 1, 37),
  ('zfcg',     '政府采购',           'fdzdgknr', 'general', 1, 38),
  ('sfml',     '收费目录',           'fdzdgknr', 'general', 1, 39),
  ('czyjs',    '财政预决算',         'fdzdgknr', 'general', 1, 40),
  ('cjgs',     '惩戒公示',           'fdzdgknr', 'penalty', 1, 41),
  ('qzpl',     '强制性信息披露',     'fdzdgknr', 'general', 1, 42),
  ('zcwj',     '政策文件',           NULL, 'policy', 2, 50),
  ('zcjd',     '政策解读',           NULL, 'interpretation', 1, 60),
  ('tzgg',     '通知公告',           NULL, 'notice', 1, 70),
  ('gzdt',     '工作动态',           NULL, 'general', 1, 80),
  ('zfxxgknb', '政府信息公开年报',   NULL, 'general', 1, 90);
