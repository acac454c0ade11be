import { Card, Table, Typography } from 'antd';
import { useQuery } from 'urql';
import { UNTRANSLATED } from '../../queries/translations';
import { follow, href } from '../../router';
import { fmt } from '../../time';
import { PageTitle, StatusTag } from '../../ui';

type Row = { translatedFrom: number | null; content: { id: string; title: string; status: string; revision: number; category: { name: string }; publishedAt: string | null } };

/** 翻译: items approved or published without an up-to-date Mongolian version, for the unit's translators. */
export default function Translations(_: { params: Record<string, string> }) {
  const [{ data, fetching }] = useQuery({ query: UNTRANSLATED, variables: { first: 100 }, requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>翻译</PageTitle>
      <Card title="待翻译的蒙古文版本">
        <Typography.Paragraph type="secondary">已通过审核或已发布、还没有蒙古文版本（或中文已修改、译文需更新）的信息。蒙古文版本保存后即进行保密审查，经审核通过后随中文信息在蒙古文门户发布、撤回。</Typography.Paragraph>
        <Table<Row>
          rowKey={(r) => r.content.id}
          loading={fetching}
          dataSource={data?.untranslatedContents ?? []}
          locale={{ emptyText: '没有待翻译的信息' }}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          columns={[
            { title: '标题', key: 'title', render: (_, r) => <a href={href(`/translations/${r.content.id}`)} onClick={follow(`/translations/${r.content.id}`)}>{r.content.title}</a> },
            { title: '栏目', key: 'category', render: (_, r) => r.content.category.name },
            { title: '状态', key: 'status', render: (_, r) => <StatusTag status={r.content.status} /> },
            { title: '蒙古文版本', key: 'mn', render: (_, r) => (r.translatedFrom === null ? '尚未翻译' : `译自第 ${r.translatedFrom} 版，中文已改为第 ${r.content.revision} 版`) },
            { title: '发布时间', key: 'publishedAt', render: (_, r) => (r.content.publishedAt ? fmt(r.content.publishedAt) : '—') },
          ]}
        />
      </Card>
    </>
  );
}
