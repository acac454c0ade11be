import { Button, Card, Checkbox, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Switch, Table, Tag, Tooltip, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { run } from '../api';
import { CATEGORY_KIND, TONE, label } from '../labels';
import { CATALOGUE, CREATE_CATEGORY, MOVE_CATEGORY, SET_CATEGORY_ACTIVE, SET_PUBLICITY_DAYS, SET_REQUIRES_INTERPRETATION, UPDATE_CATEGORY, type CatalogueRow } from '../queries/admin';
import { PageTitle, useAction } from '../ui';

interface Node extends CatalogueRow { children?: Node[]; position: number; siblings: number }

/** The catalogue as a tree in readers' order; each node knows its place among its siblings (for 上移/下移). */
function toTree(rows: CatalogueRow[]): Node[] {
  const nodes = new Map<string, Node>(rows.map((r) => [r.code, { ...r, position: 0, siblings: 0 }]));
  const roots: Node[] = [];
  for (const r of [...rows].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))) {
    const node = nodes.get(r.code)!;
    const parent = r.parentCode ? nodes.get(r.parentCode) : undefined;
    const list = parent ? (parent.children ??= []) : roots;
    list.push(node);
  }
  const number = (list: Node[]) => list.forEach((n, i) => { n.position = i; n.siblings = list.length; if (n.children) number(n.children); });
  number(roots);
  return roots;
}

interface ParentOption { value: string; title: string; children: ParentOption[] }

const kindOptions = Object.entries(CATEGORY_KIND).map(([value, text]) => ({ value, label: text }));

interface CreateValues { parentCode?: string; name: string; code: string; kind: string; twoStep: boolean }
interface EditValues { name: string; kind: string; publicityDays: number | null }

export default function Categories(_: { params: Record<string, string> }) {
  const [{ data, fetching }, refetch] = useQuery({ query: CATALOGUE, requestPolicy: 'network-only' });
  const [act, busy] = useAction();
  const [creating, setCreating] = useState<{ parentCode?: string } | null>(null);
  const [editing, setEditing] = useState<Node | null>(null);
  const [createForm] = Form.useForm<CreateValues>();
  const [editForm] = Form.useForm<EditValues>();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const rows = data?.catalogue;
  const tree = useMemo(() => toTree(rows ?? []), [rows]);
  const parents = useMemo(() => {
    const pick = (list: Node[]): ParentOption[] =>
      list.filter((n) => n.active).map((n) => ({ value: n.code, title: n.name, children: pick(n.children ?? []) }));
    return pick(tree);
  }, [tree]);

  const change = (action: () => Promise<unknown>, success: string) => void act(action, success).then(reload);

  return (
    <>
      <PageTitle>栏目</PageTitle>
      <Card>
        <Typography.Paragraph type="secondary">
          栏目即主动公开目录。停用的栏目不再供编辑选择，也不再出现在门户网站的栏目列表中，已有内容保留；停用上级栏目时其下级栏目一并停用。
          “一审一核”的栏目须两名审核员先后通过；“三同步”的栏目，政策文件须与其政策解读一同审核通过。
          “姓名处理”由去标识化规则确定：行政处罚等栏目公开当事人姓名，人事任免公开全部姓名，其他栏目的姓名一律隐去（如 王某某）。
        </Typography.Paragraph>
        <Button type="primary" style={{ marginBottom: 16 }} onClick={() => setCreating({})}>新建栏目</Button>
        {rows && (
          <Table<Node>
            rowKey="code" loading={fetching} dataSource={tree} pagination={false} scroll={{ x: 1100 }} size="middle"
            expandable={{ defaultExpandAllRows: true }}
            columns={[
              { title: '栏目名称', key: 'name', render: (_, n) => <Space>{n.name}{!n.active && <Tag color={TONE.grey}>已停用</Tag>}</Space> },
              { title: '代码', dataIndex: 'code', width: 110 },
              { title: '类型', key: 'kind', width: 90, render: (_, n) => label(CATEGORY_KIND, n.kind) },
              { title: '一审一核', key: 'two', width: 90, render: (_, n) => (
                <Switch aria-label={`「${n.name}」一审一核`} size="small" checked={n.requiredApprovals === 2} disabled={busy}
                  onChange={(on) => change(() => run(UPDATE_CATEGORY, { code: n.code, input: { requiredApprovals: on ? 2 : 1 } }), on ? `「${n.name}」已设为一审一核` : `「${n.name}」已改为一审`)} />
              ) },
              { title: '三同步', key: 'sync', width: 80, render: (_, n) => (
                <Switch aria-label={`「${n.name}」三同步`} size="small" checked={n.requiresInterpretation} disabled={busy}
                  onChange={(on) => change(() => run(SET_REQUIRES_INTERPRETATION, { code: n.code, required: on }), on ? `「${n.name}」已要求三同步` : `「${n.name}」已取消三同步`)} />
              ) },
              { title: '姓名处理', key: 'names', width: 110, render: (_, n) => (
                n.namePolicy.allNames ? '公开姓名'
                  : n.namePolicy.roles.length > 0 ? <Tooltip title={`公开${n.namePolicy.roles.join('、')}的姓名，其他姓名隐去`}><span tabIndex={0}>公开当事人姓名</span></Tooltip>
                  : '隐去姓名'
              ) },
              { title: '公示期', key: 'days', width: 80, render: (_, n) => (n.publicityDays ? `${n.publicityDays} 天` : '长期') },
              { title: '操作', key: 'ops', width: 330, render: (_, n) => (
                <Space size={4} wrap>
                  <Button size="small" aria-label={`上移「${n.name}」`} disabled={busy || n.position === 0} onClick={() => change(() => run(MOVE_CATEGORY, { code: n.code, direction: 'UP' }), `「${n.name}」已上移`)}>上移</Button>
                  <Button size="small" aria-label={`下移「${n.name}」`} disabled={busy || n.position === n.siblings - 1} onClick={() => change(() => run(MOVE_CATEGORY, { code: n.code, direction: 'DOWN' }), `「${n.name}」已下移`)}>下移</Button>
                  <Button size="small" aria-label={`修改「${n.name}」`} onClick={() => setEditing(n)}>修改</Button>
                  {n.active && <Button size="small" aria-label={`添加下级「${n.name}」`} onClick={() => setCreating({ parentCode: n.code })}>添加下级</Button>}
                  <Popconfirm
                    title={n.active ? `停用「${n.name}」？其下级栏目一并停用，编辑将不能再选择` : `启用「${n.name}」？`}
                    okText="确定" cancelText="取消"
                    onConfirm={() => change(() => run(SET_CATEGORY_ACTIVE, { code: n.code, active: !n.active }), n.active ? `「${n.name}」已停用` : `「${n.name}」已启用`)}>
                    <Button size="small" aria-label={`${n.active ? '停用' : '启用'}「${n.name}」`}>{n.active ? '停用' : '启用'}</Button>
                  </Popconfirm>
                </Space>
              ) },
            ]}
          />
        )}
      </Card>

      <Modal title="新建栏目" open={!!creating} okText="确定" cancelText="取消" confirmLoading={busy} destroyOnHidden onCancel={() => setCreating(null)}
        onOk={async () => {
          const v = await createForm.validateFields().catch(() => null);
          if (!v) return;
          const input = { code: v.code.trim(), name: v.name.trim(), parentCode: v.parentCode ?? null, kind: v.kind, requiredApprovals: v.twoStep ? 2 : 1 };
          if (await act(() => run(CREATE_CATEGORY, { input }), `栏目「${input.name}」已创建`)) { setCreating(null); reload(); }
        }}>
        <Form form={createForm} layout="vertical" preserve={false} initialValues={{ parentCode: creating?.parentCode, kind: 'general', twoStep: false }}>
          <Form.Item label="上级栏目" name="parentCode" extra="不选则为一级栏目">
            <TreeSelect treeData={parents} allowClear treeDefaultExpandAll placeholder="一级栏目" />
          </Form.Item>
          <Form.Item label="栏目名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写栏目名称' }, { max: 50, message: '栏目名称不能超过 50 个字' }]}><Input /></Form.Item>
          <Form.Item label="栏目代码" name="code" extra="用于网址和统计，创建后不能修改：小写字母、数字、_ 或 -，如 bmwj"
            rules={[{ required: true, message: '请填写栏目代码' }, { pattern: /^[a-z0-9_-]{1,64}$/, message: '栏目代码须为小写字母、数字、_ 或 -' }]}><Input autoComplete="off" /></Form.Item>
          <Form.Item label="栏目类型" name="kind"><Select options={kindOptions} /></Form.Item>
          <Form.Item name="twoStep" valuePropName="checked"><Checkbox>一审一核（须两名审核员先后通过）</Checkbox></Form.Item>
        </Form>
      </Modal>

      <Modal title={`修改栏目「${editing?.name ?? ''}」`} open={!!editing} okText="确定" cancelText="取消" confirmLoading={busy} destroyOnHidden onCancel={() => setEditing(null)}
        onOk={async () => {
          const v = await editForm.validateFields().catch(() => null);
          if (!v || !editing) return;
          const name = v.name.trim();
          const days = v.publicityDays ?? null;
          const ok = await act(async () => {
            if (name !== editing.name || v.kind !== editing.kind) await run(UPDATE_CATEGORY, { code: editing.code, input: { name, kind: v.kind } });
            if (days !== editing.publicityDays) await run(SET_PUBLICITY_DAYS, { code: editing.code, days });
          }, '栏目已修改');
          if (ok) { setEditing(null); reload(); }
        }}>
        {editing && (
          <Form form={editForm} layout="vertical" preserve={false} initialValues={{ name: editing.name, kind: editing.kind, publicityDays: editing.publicityDays }}>
            <Form.Item label="栏目名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写栏目名称' }, { max: 50, message: '栏目名称不能超过 50 个字' }]}><Input /></Form.Item>
            <Form.Item label="栏目类型" name="kind"><Select options={kindOptions} /></Form.Item>
            <Form.Item label="公示期（天）" name="publicityDays" extra="本栏目内容默认公示的天数，期满自动撤下；不填则长期公开">
              <InputNumber min={1} max={3650} precision={0} style={{ width: 160 }} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
