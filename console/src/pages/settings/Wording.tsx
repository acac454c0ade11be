import { Button, DatePicker, Form, Input, Popconfirm, Table, Tag, Typography } from 'antd';
import { isDayjs } from 'dayjs';
import { useQuery, type TypedDocumentNode } from 'urql';
import { run } from '../../api';
import { TONE } from '../../labels';
import { OUTDATED_TERMS, SAVE_OUTDATED, SAVE_TYPO, SET_OUTDATED_ACTIVE, SET_TYPO_ACTIVE, TYPO_ENTRIES, type OutdatedRow, type TypoRow } from '../../queries/admin';
import { fmt } from '../../time';
import { useAction } from '../../ui';
import { byWhom } from './shared';

interface Field { name: string; label: string; date?: boolean; optional?: boolean; width?: number }
interface Entry { id: string; active: boolean; updatedBy: string; updatedAt: string; note: string }

/** One dictionary: its entries (active and not, the latest change first) and a line to add one; the same entry key replaces the old one. */
function Dictionary<Row extends Entry, Data>(props: {
  title: string;
  hint: string;
  fields: Field[];
  keyOf: (row: Row) => string;
  list: TypedDocumentNode<Data, Record<string, never>>;
  rows: (data: Data) => Row[];
  save: (values: Record<string, string>) => Promise<unknown>;
  setActive: (id: string, active: boolean) => Promise<unknown>;
}) {
  const [{ data, fetching }, refetch] = useQuery({ query: props.list, requestPolicy: 'network-only' });
  const [act, busy] = useAction();
  const [form] = Form.useForm<Record<string, unknown>>();
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const add = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const values = Object.fromEntries(Object.entries(v).map(([k, value]) => [k, isDayjs(value) ? value.format('YYYY-MM-DD') : String(value ?? '').trim()]));
    if (await act(() => props.save(values), `已加入${props.title}`)) { form.resetFields(); reload(); }
  };

  return (
    <section aria-label={props.title} style={{ marginBottom: 24 }}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>{props.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{props.hint}</Typography.Paragraph>
      <Form form={form} layout="inline" style={{ marginBottom: 12, rowGap: 8 }} onFinish={() => void add()}>
        {props.fields.map((f) => (
          <Form.Item key={f.name} label={f.label} name={f.name} rules={f.optional ? undefined : [{ required: true, whitespace: true, message: `请填写${f.label}` }]}>
            {f.date ? <DatePicker format="YYYY-MM-DD" placeholder="选择日期" style={{ width: f.width ?? 150 }} /> : <Input style={{ width: f.width ?? 150 }} />}
          </Form.Item>
        ))}
        <Form.Item><Button htmlType="submit" loading={busy} aria-label={`添加到${props.title}`}>添加</Button></Form.Item>
      </Form>
      <Table<Row>
        rowKey="id" size="small" loading={fetching} dataSource={data ? [...props.rows(data)].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) : []} pagination={{ pageSize: 10, showSizeChanger: false }} locale={{ emptyText: '暂无词条' }}
        columns={[
          ...props.fields.map((f) => ({ title: f.label, key: f.name, render: (_: unknown, r: Row) => String((r as unknown as Record<string, unknown>)[f.name] ?? '') || '—' })),
          { title: '状态', key: 'active', width: 80, render: (_, r) => (r.active ? <Tag color={TONE.green}>启用</Tag> : <Tag color={TONE.grey}>已停用</Tag>) },
          { title: '修改人', key: 'by', width: 100, render: (_, r) => byWhom(r.updatedBy) },
          { title: '修改时间', key: 'at', width: 150, render: (_, r) => fmt(r.updatedAt) },
          { title: '操作', key: 'ops', width: 90, render: (_, r) => (
            <Popconfirm title={r.active ? `停用「${props.keyOf(r)}」？此后不再提示` : `启用「${props.keyOf(r)}」？`} okText="确定" cancelText="取消"
              onConfirm={() => void act(() => props.setActive(r.id, !r.active), r.active ? '已停用' : '已启用').then(reload)}>
              <Button size="small" aria-label={`${r.active ? '停用' : '启用'}「${props.keyOf(r)}」`}>{r.active ? '停用' : '启用'}</Button>
            </Popconfirm>
          ) },
        ]}
      />
    </section>
  );
}

/** 文字关词库: the typo and outdated-term dictionaries the gate checks every revision against. */
export default function Wording() {
  return (
    <>
      <Dictionary<TypoRow, { typoEntries: TypoRow[] }>
        title="错别字词库" hint="正文出现左侧的错误写法时，文字关提示并建议改为正确写法。同一错误写法再次添加即替换原词条。"
        fields={[{ name: 'wrong', label: '错误写法' }, { name: 'correction', label: '正确写法' }, { name: 'note', label: '说明', optional: true, width: 200 }]}
        keyOf={(r) => r.wrong} list={TYPO_ENTRIES} rows={(d) => d.typoEntries}
        save={(v) => run(SAVE_TYPO, { input: { wrong: v.wrong, correction: v.correction, note: v.note || undefined } })}
        setActive={(id, active) => run(SET_TYPO_ACTIVE, { id, active })}
      />
      <Dictionary<OutdatedRow, { outdatedTerms: OutdatedRow[] }>
        title="过期提法词库" hint="机构改革后已撤销或更名的机构、职务：自停用日期起，正文仍作现行名称使用时提示改为现名称。"
        fields={[{ name: 'term', label: '过期提法' }, { name: 'current', label: '现名称' }, { name: 'ceasedOn', label: '停用日期', date: true, width: 170 }, { name: 'note', label: '说明', optional: true, width: 200 }]}
        keyOf={(r) => r.term} list={OUTDATED_TERMS} rows={(d) => d.outdatedTerms}
        save={(v) => run(SAVE_OUTDATED, { input: { term: v.term, current: v.current, ceasedOn: v.ceasedOn, note: v.note || undefined } })}
        setActive={(id, active) => run(SET_OUTDATED_ACTIVE, { id, active })}
      />
    </>
  );
}
