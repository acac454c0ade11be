import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { CombinedError } from 'urql';
import { describeError, errorCode, run } from '../../api';
import { CREATE_ACCOUNT, ROTATE_CREDENTIALS, UPDATE_ACCOUNT_SETTINGS, type AccountRow, type ChannelInfo, type CheckOutcome } from '../../queries/channelAdmin';
import { useAction } from '../../ui';

/** Credential fields as the platforms' own consoles name them; the list itself comes from the channel descriptors. */
const CREDENTIAL: Record<string, string> = {
  appId: '开发者ID（AppID）', appSecret: '开发者密码（AppSecret）', callbackToken: '消息推送令牌（Token）',
  accessToken: '访问令牌（accessToken）', endpoint: '接收地址', secret: '签名密钥',
};
/** Shown as dots and never read back: credentials are write-only. */
const SECRET = new Set(['appSecret', 'callbackToken', 'accessToken', 'secret']);

interface Values {
  channel: string;
  name: string;
  unitCode?: string;
  credentials: Record<string, string | undefined>;
  wechatAccountType: 'SUBSCRIPTION' | 'SERVICE';
  wechatMode: 'PUBLISH' | 'MASS_SEND';
}

function CredentialFields({ channel }: { channel: ChannelInfo | undefined }) {
  if (!channel) return null;
  return (
    <>
      {channel.credentialFields.map((f, i) => {
        const text = CREDENTIAL[f.name] ?? `凭据项 ${i + 1}`;
        return (
          <Form.Item key={f.name} label={text} name={['credentials', f.name]} rules={f.required ? [{ required: true, whitespace: true, message: `请填写${text}` }] : []}>
            {SECRET.has(f.name) ? <Input.Password autoComplete="new-password" /> : <Input autoComplete="off" />}
          </Form.Item>
        );
      })}
    </>
  );
}

/** The platform's refusal names the field to fix (AppSecret, AppID …, as labelled above): shown as it is. */
const describeCredentials = (error: unknown): string =>
  error instanceof CombinedError && errorCode(error) === 'CHANNEL_CREDENTIALS_INVALID' ? error.graphQLErrors[0].message : describeError(error);

/**
 * An unreachable platform does not block opening the account (the check is kept as inconclusive), so success
 * must not claim the credentials were verified when nobody could ask the platform.
 */
function useCheckOutcome(): (done: string, check: CheckOutcome | null) => void {
  const { message } = App.useApp();
  return (done, check) => {
    if (check?.ok) message.success(`${done}，凭据验证通过`);
    else message.warning(`${done}，但暂时无法连接平台核验凭据；网络恢复后请点“测试连接”`, 8);
  };
}

/** Empty optional fields are left out rather than sent as empty strings the schema would refuse. */
const filled = (credentials: Values['credentials']): Record<string, string> =>
  Object.fromEntries(Object.entries(credentials ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '').map(([k, v]) => [k, v.trim()]));

/** 新建账号: the platform checks the credentials before the account is opened (a refusal says what to fix). */
export function CreateAccount({ open, channels, nameOf, isAdmin, onClose, onDone }: {
  open: boolean; channels: ChannelInfo[]; nameOf: (kind: string) => string; isAdmin: boolean; onClose: () => void; onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [act, busy] = useAction(describeCredentials);
  const tell = useCheckOutcome();
  const kinds = channels.filter((c) => !c.hosted);
  const kind: string | undefined = Form.useWatch('channel', form) ?? kinds[0]?.kind;
  const channel = kinds.find((c) => c.kind === kind);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    let check: CheckOutcome | null = null;
    const ok = await act(async () => {
      const created = await run(CREATE_ACCOUNT, { input: { channel: v.channel, name: v.name.trim(), unitCode: v.unitCode?.trim() || null, credentials: filled(v.credentials) } });
      check = created.createChannelAccount.lastCheck;
      if (v.channel === 'WECHAT') await run(UPDATE_ACCOUNT_SETTINGS, { id: created.createChannelAccount.id, input: { wechatAccountType: v.wechatAccountType, wechatMode: v.wechatMode } });
    });
    if (ok) {
      tell('账号已开设', check);
      form.resetFields();
      onDone();
    }
  };
  return (
    <Modal title="新建渠道账号" open={open} okText="确定" cancelText="取消" confirmLoading={busy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ channel: kind, wechatAccountType: 'SUBSCRIPTION', wechatMode: 'PUBLISH' }}>
        <Form.Item label="渠道" name="channel" rules={[{ required: true, message: '请选择渠道' }]}>
          <Select options={kinds.map((c) => ({ value: c.kind, label: nameOf(c.kind) }))} />
        </Form.Item>
        <Form.Item label="账号名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写账号名称' }, { max: 100, message: '账号名称不超过 100 字' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        {isAdmin && (
          <Form.Item label="所属单位代码" name="unitCode" extra="不填则为本单位">
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <CredentialFields channel={channel} />
        {kind === 'WECHAT' && (
          <>
            <Form.Item label="公众号类型" name="wechatAccountType" extra="订阅号每天可群发 1 次，服务号每月 4 次">
              <Radio.Group options={[{ value: 'SUBSCRIPTION', label: '订阅号' }, { value: 'SERVICE', label: '服务号' }]} />
            </Form.Item>
            <Form.Item label="默认发布方式" name="wechatMode">
              <Radio.Group options={[{ value: 'PUBLISH', label: '发布' }, { value: 'MASS_SEND', label: '群发' }]} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

/** 更新凭据: also how an account whose authorisation lapsed (需重新授权) becomes usable again. */
export function RotateCredentials({ account, channel, onClose, onDone }: { account: AccountRow | null; channel: ChannelInfo | undefined; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<Pick<Values, 'credentials'>>();
  const [act, busy] = useAction(describeCredentials);
  const tell = useCheckOutcome();
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !account) return;
    let check: CheckOutcome | null = null;
    if (await act(async () => { check = (await run(ROTATE_CREDENTIALS, { id: account.id, credentials: filled(v.credentials) })).rotateChannelCredentials.lastCheck; })) {
      tell('凭据已更新', check);
      onDone();
    }
  };
  return (
    <Modal title={`更新凭据：${account?.name ?? ''}`} open={!!account} okText="确定" cancelText="取消" confirmLoading={busy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        <CredentialFields channel={channel} />
      </Form>
    </Modal>
  );
}
