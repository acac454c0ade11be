import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { download } from '../../api';
import { follow, href, useLocation } from '../../router';
import { beijing, fmt } from '../../time';
import { useAction } from '../../ui';
import { AUDIT_EVENTS, UNITS, type AuditEvent, type AuditFilter } from '../../queries/oversight';
import { describeDetails, exportQuery, fileStamp, rangeToInstants } from './auditText';
import { actionLabel, actorLabel, AUDIT_ACTION, AUDIT_AREA, TARGET_TYPE } from './labels';

interface FilterForm {
  actor?: string; action?: string; unitCode?: string; targetType?: string; targetId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** One option per action, grouped by area, each area opening with "all of it" (the API's `area.*` prefix). */
const ACTION_OPTIONS = Object.entries(AUDIT_AREA).map(([area, name]) => ({
  label: name,
  title: name,
  options: [
    { value: `${area}.*`, label: `${name}：全部操作` },
    ...Object.entries(AUDIT_ACTION).filter(([a]) => a.split('.')[0] === area).map(([value, text]) => ({ value, label: text })),
  ],
}));
const TARGET_OPTIONS = Object.entries(TARGET_TYPE).map(([value, text]) => ({ value, label: text }));

/** Pages the console can open for an object of the trail. */
const TARGET_PAGE: Record<string, (id: string) => string> = {
  content: (id) => `/contents/${id}`,
  application: (id) => `/disclosure/${id}`,
  message: (id) => `/messages/${id}`,
};

function presets(): { label: string; value: [Dayjs, Dayjs] }[] {
  const today = beijing(new Date()).startOf('day');
  const end = today.hour(23).minute(59);
  return [
    { label: '今天', value: [today, end] },
    { label: '近 7 天', value: [today.subtract(6, 'day'), end] },
    { label: '近 30 天', value: [today.subtract(29, 'day'), end] },
    { label: '本月', value: [today.startOf('month'), end] },
  ];
}

const EMPTY: FilterForm = { actor: undefined, action: undefined, unitCode: undefined, targetType: undefined, targetId: undefined, range: undefined };

function toFilter(v: FilterForm): AuditFilter {
  const clean = (s?: string) => s?.trim() || null;
  return {
    actor: clean(v.actor), action: v.action ?? null, unitCode: v.unitCode ?? null, targetType: v.targetType ?? null, targetId: clean(v.targetId),
    ...rangeToInstants(v.range),
  };
}

/** 审计记录: the whole trail searched by every filter the API offers, page by page, and exported as filtered. */
export function AuditTrail() {
  const [form] = Form.useForm<FilterForm>();
  // Other screens link to an object's trail: /audit?targetType=content&target=<id> (or ?action=, ?actor=).
  const { query } = useLocation();
  const [initial] = useState<FilterForm>(() => ({
    actor: query.get('actor') ?? undefined, action: query.get('action') ?? undefined, unitCode: query.get('unit') ?? undefined,
    targetType: query.get('targetType') ?? undefined, targetId: query.get('target') ?? undefined,
  }));
  const [filter, setFilter] = useState<AuditFilter>(() => toFilter(initial));
  const [pageSize, setPageSize] = useState(20);
  // Cursor of each page opened so far: the trail is paged by sequence number, not by offset.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const [{ data, fetching, error }] = useQuery({ query: AUDIT_EVENTS, variables: { filter, first: pageSize, after: cursors[page] }, requestPolicy: 'network-only' });
  const [{ data: unitData }] = useQuery({ query: UNITS });
  const unitName = useMemo(() => new Map((unitData?.units ?? []).map((u) => [u.code, u.name])), [unitData]);
  const [act, busy] = useAction();

  const apply = (v: FilterForm) => { setFilter(toFilter(v)); setCursors([null]); };
  const onlyThis = (e: AuditEvent) => {
    form.setFieldsValue({ targetType: e.targetType ?? undefined, targetId: e.targetId ?? undefined });
    apply(form.getFieldsValue());
  };
  const exportAs = (format: 'csv' | 'jsonl') => act(() => download(`/audit/export.${format}?${exportQuery(filter)}`, `audit-${fileStamp()}.${format}`), '已开始下载');

  const rows = data?.searchAuditEvents.edges.map((e) => e.node) ?? [];
  const next = data?.searchAuditEvents.pageInfo;
  return (
    <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>审计记录</Typography.Title>}>
      <Form form={form} layout="vertical" onFinish={apply} initialValues={initial} className="audit-filters">
        <Space wrap align="end" size={[12, 0]}>
          <Form.Item label="操作人" name="actor"><Input allowClear placeholder="用户名" style={{ width: 150 }} maxLength={200} /></Form.Item>
          <Form.Item label="操作类型" name="action">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 240 }} options={ACTION_OPTIONS} placeholder="全部" />
          </Form.Item>
          <Form.Item label="单位" name="unitCode">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 200 }} placeholder="全部" options={(unitData?.units ?? []).map((u) => ({ value: u.code, label: u.name }))} />
          </Form.Item>
          <Form.Item label="对象类型" name="targetType"><Select allowClear style={{ width: 160 }} options={TARGET_OPTIONS} placeholder="全部" /></Form.Item>
          <Form.Item label="对象编号" name="targetId"><Input allowClear placeholder="或在记录中点“只看此对象”" style={{ width: 220 }} maxLength={200} /></Form.Item>
          <Form.Item label="时间范围（北京时间）" name="range">
            <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" presets={presets()} placeholder={['开始时间', '结束时间']} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">查询</Button>
              <Button onClick={() => { form.setFieldsValue(EMPTY); apply(EMPTY); }}>重置</Button>
            </Space>
          </Form.Item>
        </Space>
      </Form>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button loading={busy} onClick={() => void exportAs('csv')}>导出 CSV</Button>
        <Button loading={busy} onClick={() => void exportAs('jsonl')}>导出 JSONL</Button>
        <Typography.Text type="secondary">按当前筛选条件导出全部匹配记录（由早到晚）；导出本身也记入审计。</Typography.Text>
      </Space>
      {error && <Alert type="error" title="审计记录加载失败：请检查筛选条件（开始时间须早于结束时间）后重试。" style={{ marginBottom: 12 }} />}
      <Table<AuditEvent>
        rowKey="seq"
        size="small"
        loading={fetching}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '没有符合条件的审计记录' }}
        scroll={{ x: 900 }}
        aria-label="审计记录"
        columns={[
          { title: '序号', dataIndex: 'seq', width: 80 },
          { title: '时间', key: 'at', width: 150, render: (_, e) => fmt(e.at, 'YYYY-MM-DD HH:mm:ss') },
          { title: '操作人', key: 'actor', width: 130, render: (_, e) => actorLabel(e.actor) },
          { title: '操作', key: 'action', width: 170, render: (_, e) => <Tag>{actionLabel(e.action)}</Tag> },
          { title: '单位', key: 'unit', width: 140, render: (_, e) => (e.unitCode ? unitName.get(e.unitCode) ?? e.unitCode : '—') },
          {
            title: '对象', key: 'target', width: 190, render: (_, e) => {
              if (!e.targetType) return '—';
              const to = e.targetId && TARGET_PAGE[e.targetType]?.(e.targetId);
              return (
                <Space size={4} wrap>
                  <span>{TARGET_TYPE[e.targetType] ?? '其他'}{e.revision ? `（第 ${e.revision} 版）` : ''}</span>
                  {to && <a href={href(to)} onClick={follow(to)}>查看</a>}
                  {e.targetId && <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onlyThis(e)}>只看此对象</Button>}
                </Space>
              );
            },
          },
          { title: '详情', key: 'details', render: (_, e) => describeDetails(e) },
        ]}
      />
      <Space style={{ marginTop: 12 }} wrap>
        <Button disabled={page === 0} onClick={() => setCursors(cursors.slice(0, -1))}>上一页</Button>
        <Typography.Text>第 {page + 1} 页</Typography.Text>
        <Button disabled={!next?.hasNextPage} onClick={() => next?.endCursor && setCursors([...cursors, next.endCursor])}>下一页</Button>
        <Select aria-label="每页条数" value={pageSize} style={{ width: 120 }} onChange={(n) => { setPageSize(n); setCursors([null]); }}
          options={[20, 50, 100].map((n) => ({ value: n, label: `每页 ${n} 条` }))} />
        <Typography.Text type="secondary">由新到旧；时间为北京时间。</Typography.Text>
      </Space>
    </Card>
  );
}
