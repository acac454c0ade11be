import { Button, Form, Input, Modal, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { run } from '../../api';
import { CREATE_UNIT, RENAME_UNIT, UNITS, type UnitRow } from '../../queries/admin';
import { useAction } from '../../ui';

/** 单位: the units users belong to. A unit's code is fixed once created (索引号 and the audit trail carry it). */
export default function Units() {
  const [{ data, fetching }, refetch] = useQuery({ query: UNITS, requestPolicy: 'network-only' });
  const [act, busy] = useAction();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<UnitRow | null>(null);
  const [createForm] = Form.useForm<{ code: string; name: string }>();
  const [renameForm] = Form.useForm<{ name: string }>();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const counts = useMemo(() => {
    const byUnit = new Map<string, number>();
    for (const u of data?.users ?? []) byUnit.set(u.unit.code, (byUnit.get(u.unit.code) ?? 0) + 1);
    return byUnit;
  }, [data]);

  return (
    <>
      <Button type="primary" style={{ marginBottom: 16 }} onClick={() => setCreating(true)}>新建单位</Button>
      <Table<UnitRow>
        rowKey="code" loading={fetching} dataSource={data?.units ?? []} pagination={{ pageSize: 20, showSizeChanger: false }} locale={{ emptyText: '暂无单位' }}
        columns={[
          { title: '单位名称', dataIndex: 'name' },
          { title: '单位代码', dataIndex: 'code', width: 160 },
          { title: '用户数', key: 'users', width: 100, render: (_, u) => counts.get(u.code) ?? 0 },
          { title: '操作', key: 'ops', width: 120, render: (_, u) => <Button size="small" aria-label={`重命名「${u.name}」`} onClick={() => setRenaming(u)}>重命名</Button> },
        ]}
      />
      <Modal title="新建单位" open={creating} okText="确定" cancelText="取消" confirmLoading={busy} destroyOnHidden onCancel={() => setCreating(false)}
        onOk={async () => {
          const v = await createForm.validateFields().catch(() => null);
          if (v && (await act(() => run(CREATE_UNIT, { code: v.code.trim(), name: v.name.trim() }), `单位「${v.name.trim()}」已创建`))) { setCreating(false); reload(); }
        }}>
        <Form form={createForm} layout="vertical" preserve={false}>
          <Form.Item label="单位名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }, { max: 100, message: '单位名称不能超过 100 个字' }]}><Input /></Form.Item>
          <Form.Item label="单位代码" name="code" extra="用于索引号和审计记录，创建后不能修改：字母、数字、_ 或 -，如 fgw"
            rules={[{ required: true, message: '请填写单位代码' }, { pattern: /^[A-Za-z0-9_-]{1,64}$/, message: '单位代码须为字母、数字、_ 或 -' }]}><Input autoComplete="off" /></Form.Item>
        </Form>
      </Modal>
      <Modal title={`重命名「${renaming?.name ?? ''}」`} open={!!renaming} okText="确定" cancelText="取消" confirmLoading={busy} destroyOnHidden onCancel={() => setRenaming(null)}
        onOk={async () => {
          const v = await renameForm.validateFields().catch(() => null);
          if (v && renaming && (await act(() => run(RENAME_UNIT, { code: renaming.code, name: v.name.trim() }), '单位已重命名'))) { setRenaming(null); reload(); }
        }}>
        {renaming && (
          <Form form={renameForm} layout="vertical" preserve={false} initialValues={{ name: renaming.name }}>
            <Form.Item label="新单位名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }, { max: 100, message: '单位名称不能超过 100 个字' }]}><Input /></Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
