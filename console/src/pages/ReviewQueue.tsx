import { Card, Table } from 'antd';
import { useQuery } from 'urql';
import { REVIEW_QUEUE } from '../queries';
import { follow, href } from '../router';
import { fmt } from '../time';
import type { ContentSummary } from '../types';
import { PageTitle } from '../ui';

export default function ReviewQueue(_: { params: Record<string, string> }) {
  const [{ data, fetching }] = useQuery({ query: REVIEW_QUEUE, variables: { first: 100 }, requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>审核</PageTitle>
      <Card title="待审核">
        <Table<ContentSummary>
          rowKey="id"
          loading={fetching}
          dataSource={data?.reviewQueue.edges.map((e) => e.node) ?? []}
          locale={{ emptyText: '没有待审核的内容' }}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          columns={[
            { title: '标题', dataIndex: 'title', render: (t: string, c) => <a href={href(`/review/${c.id}`)} onClick={follow(`/review/${c.id}`)}>{t}</a> },
            { title: '栏目', key: 'category', width: 140, render: (_, c) => c.category.name },
            { title: '作者', dataIndex: 'author', width: 120 },
            { title: '版本', dataIndex: 'revision', width: 80, render: (r: number) => `第 ${r} 版` },
            { title: '提交时间', dataIndex: 'updatedAt', width: 160, render: (t: string) => fmt(t) },
          ]}
        />
      </Card>
    </>
  );
}
