import { Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { op, run } from '../api';
import { label, ROLE, TONE } from '../labels';
import { fmt } from '../time';
import { PageTitle, useAction } from '../ui';

interface UserRow { id: string; username: string; displayName: string; role: string; unit: { code: string; name: string }; disabled: boolean; mustChangePassword: boolean; lastLoginAt: string | null }

const USERS = op<{ users: UserRow[]; units: { code: string; name: string }[] }>(`query Users { users { id username displayName role unit { code name } disabled mustChangePassword lastLoginAt } units { code name } }`);
const CREATE = op<{ createUser: { id: string } }, { input: { username: string; displayName?: string; password: string; role: string; unitCode?: string } }>(`mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`);
const UPDATE = op<{ updateUser: { id: string } }, { id: string; input: { role?: string; unitCode?: string } }>(`mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`);
const DISABLE = op<{ setUserDisabled: { id: string } }, { id: string; disabled: boolean }>(`mutation SetUserDisabled($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id } }`);
const RESET = op<{ resetUserPassword: { id: string } }, { id: string; newPassword: string }>(`mutation ResetUserPassword($id: ID!, $newPassword: String!) { resetUserPassword(id: $id, newPassword: $newPassword) { id } }`);

const roleOptions = Object.entries(ROLE).map(([value, text]) => ({ value, label: text }));

export default function Users(_: { params: Record<string, string> }) {
  const [{ data, fetching }, refetch] = useQuery({ query: USERS, requestPolicy: 'network-only' });
  const [act, busy] = useAction();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [form] = Form.useForm();
  const [resetForm] = Form.useForm<{ password: string }>();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const units = (data?.units ?? []).map((u) => ({ value: u.code, label: u.name }));

  return (
    <>
      <PageTitle>用户</PageTitle>
      <Card>
        <Button type="primary" style={{ marginBottom: 16 }} onClick={() => setCreating(true)}>新建用户</Button>
        <Table<UserRow>
          rowKey="id" loading={fetching} dataSource={data?.users ?? []} pagination={{ pageSize: 20, showSizeChanger: false }} scroll={{ x: 900 }}
          columns={[
            { title: '用户名', dataIndex: 'username' },
            { title: '姓名', dataIndex: 'displayName' },
            { title: '角色', key: 'role', render: (_, u) => <Select aria-label={`${u.username} 的角色`} size="small" style={{ width: 130 }} value={u.role} options={roleOptions} onChange={(role) => void act(() => run(UPDATE, { id: u.id, input: { role } }), '角色已修改').then(reload)} /> },
            { title: '单位', key: 'unit', render: (_, u) => <Select aria-label={`${u.username} 的单位`} size="small" style={{ width: 160 }} value={u.unit.code} options={units} onChange={(unitCode) => void act(() => run(UPDATE, { id: u.id, input: { unitCode } }), '单位已修改').then(reload)} /> },
            { title: '状态', key: 'state', render: (_, u) => (u.disabled ? <Tag color={TONE.grey}>已停用</Tag> : u.mustChangePassword ? <Tag color={TONE.orange}>待改密码</Tag> : <Tag color={TONE.green}>正常</Tag>) },
            { title: '最近登录', key: 'last', render: (_, u) => fmt(u.lastLoginAt) },
            { title: '操作', key: 'ops', render: (_, u) => (
              <Space>
                <Popconfirm title={u.disabled ? `启用 ${u.username}？` : `停用 ${u.username}？停用后其登录立即失效`} okText="确定" cancelText="取消" onConfirm={() => void act(() => run(DISABLE, { id: u.id, disabled: !u.disabled }), u.disabled ? '已启用' : '已停用').then(reload)}>
                  <Button size="small">{u.disabled ? '启用' : '停用'}</Button>
                </Popconfirm>
                <Button size="small" onClick={() => setResetting(u)}>重置密码</Button>
              </Space>
            ) },
          ]}
        />
      </Card>
      <Modal title="新建用户" open={creating} okText="确定" cancelText="取消" confirmLoading={busy} destroyOnHidden onCancel={() => setCreating(false)}
        onOk={async () => {
          const v = await form.validateFields().catch(() => null);
          if (v && (await act(() => run(CREATE, { input: { username: v.username.trim(), displayName: v.displayName?.trim() || undefined, password: v.password, role: v.role, unitCode: v.unitCode } }), '用户已创建，首次登录须修改密码'))) { setCreating(false); reload(); }
        }}>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ role: 'EDITOR' }}>
          <Form.Item label="新用户名" name="username" rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}><Input autoComplete="off" /></Form.Item>
          <Form.Item label="姓名" name="displayName"><Input /></Form.Item>
          <Form.Item label="初始密码" name="password" extra="至少 10 位，含三类字符，不含用户名；首次登录须修改" rules={[{ required: true, message: '请填写初始密码' }]}><Input.Password autoComplete="new-password" /></Form.Item>
          <Form.Item label="角色" name="role"><Select options={roleOptions} /></Form.Item>
          <Form.Item label="单位" name="unitCode"><Select options={units} allowClear placeholder="默认单位" /></Form.Item>
        </Form>
      </Modal>
      <Modal title={`重置 ${resetting?.username ?? ''} 的密码`} open={!!resetting} okText="确定" cancelText="取消" destroyOnHidden onCancel={() => setResetting(null)}
        onOk={async () => {
          const v = await resetForm.validateFields().catch(() => null);
          if (v && resetting && (await act(() => run(RESET, { id: resetting.id, newPassword: v.password }), '密码已重置，对方下次登录须修改'))) { setResetting(null); reload(); }
        }}>
        <Form form={resetForm} layout="vertical" preserve={false}>
          <Form.Item label="临时密码" name="password" rules={[{ required: true, message: '请填写临时密码' }]}><Input.Password autoComplete="new-password" /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
