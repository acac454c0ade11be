import { Button, Card, Input, Select, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { CHANNEL, STATUS, label } from '../labels';
import { CONTENTS } from '../queries';
import { follow, href, navigate } from '../router';
import { useMe } from '../session';
import { fmt } from '../time';
import type { ContentSummary } from '../types';
import { PageTitle, StatusTag } from '../ui';

export default function Contents(_: { params: Record<string, string> }) {
  const me = useMe();
  const [status, setStatus] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({ query: CONTENTS, variables: { status, first: 100 }, requestPolicy: 'network-only' });
  const rows = useMemo(() => (data?.contents.edges ?? []).map((e) => e.node).filter((c) => !search.trim() || c.title.includes(search.trim())), [data, search]);

  return (
    <>
      <PageTitle>内容</PageTitle>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          {(me.role === 'EDITOR' || me.role === 'ADMIN') && <Button type="primary" onClick={() => navigate('/contents/new')}>新建内容</Button>}
          <Select
            aria-label="按状态筛选"
            style={{ width: 160 }}
            value={status ?? ''}
            onChange={(v) => setStatus(v || null)}
            options={[{ value: '', label: '全部状态' }, ...Object.entries(STATUS).map(([value, text]) => ({ value, label: text }))]}
          />
          <Input.Search aria-label="按标题搜索" placeholder="按标题搜索" enterButton="搜索" allowClear onSearch={setSearch} onChange={(e) => setSearch(e.target.value)} style={{ width: 300, maxWidth: '100%' }} />
        </Space>
        <Table<ContentSummary>
          rowKey="id"
          loading={fetching}
          dataSource={rows}
          locale={{ emptyText: '暂无内容' }}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          scroll={{ x: 860 }}
          columns={[
            { title: '标题', dataIndex: 'title', render: (t: string, c) => <a href={href(`/contents/${c.id}`)} onClick={follow(`/contents/${c.id}`)}>{t}</a> },
            { title: '状态', dataIndex: 'status', width: 100, render: (s: string) => <StatusTag status={s} /> },
            { title: '栏目', key: 'category', width: 120, render: (_, c) => c.category.name },
            { title: '渠道', key: 'channels', width: 200, render: (_, c) => c.channels.map((ch) => label(CHANNEL, ch)).join('、') },
            { title: '作者', dataIndex: 'author', width: 100 },
            { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: (t: string) => fmt(t) },
          ]}
        />
      </Card>
    </>
  );
}
