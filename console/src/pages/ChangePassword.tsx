import { Alert, App, Button, Card, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { describeError, op, run } from '../api';
import { useSession } from '../session';

const CHANGE = op<{ changePassword: { id: string } }, { oldPassword: string; newPassword: string }>(
  `mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { id } }`,
);

interface Values { oldPassword: string; newPassword: string; confirm: string }

function PasswordForm({ onDone, submitLabel }: { onDone: () => void; submitLabel: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await run(CHANGE, { oldPassword: values.oldPassword, newPassword: values.newPassword });
      onDone();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form layout="vertical" onFinish={submit} requiredMark={false}>
      {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 12 }} role="alert" />}
      <Form.Item label="原密码" name="oldPassword" rules={[{ required: true, message: '请输入原密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item label="新密码" name="newPassword" extra="至少 10 位，包含大写字母、小写字母、数字、符号中的三类，不能包含用户名" rules={[{ required: true, message: '请输入新密码' }, { min: 10, message: '新密码至少 10 位' }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item label="确认新密码" name="confirm" dependencies={['newPassword']} rules={[{ required: true, message: '请再次输入新密码' }, ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))) })]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>{submitLabel}</Button>
    </Form>
  );
}

export function ChangePasswordButton() {
  const [open, setOpen] = useState(false);
  const { message } = App.useApp();
  return (
    <>
      <Button onClick={() => setOpen(true)}>修改密码</Button>
      <Modal title="修改密码" open={open} onCancel={() => setOpen(false)} footer={null} destroyOnHidden>
        <PasswordForm submitLabel="保存新密码" onDone={() => { setOpen(false); message.success('密码已修改，其他设备上的登录已失效'); }} />
      </Modal>
    </>
  );
}

/** Shown instead of the console while the account must change its password (first login, or after a reset). */
export function ForcedPasswordChange() {
  const { refresh, signOut } = useSession();
  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Card style={{ width: 420, maxWidth: 'calc(100vw - 24px)' }}>
        <Typography.Title level={1} style={{ fontSize: 20 }}>请先修改密码</Typography.Title>
        <Typography.Paragraph>首次登录或密码已被管理员重置，修改密码后才能继续使用。</Typography.Paragraph>
        <PasswordForm submitLabel="修改并继续" onDone={() => void refresh()} />
        <Button type="link" onClick={() => void signOut()} style={{ paddingLeft: 0, marginTop: 8 }}>退出</Button>
      </Card>
    </main>
  );
}
