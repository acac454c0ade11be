import { Alert, Button, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { fetchOnce } from '../../api';
import { FINDING_TYPE, label, TONE } from '../../labels';
import { CHECK_LETTER, REPLY_GROUNDS, type LetterFinding } from './api';
import { options, REPLY_TYPE } from './labels';

interface Draft { replyType: string; ground?: string; text: string }
const SEVERITY_TEXT: Record<string, string> = { block: '不得外发', warn: '请核对', info: '提示' };
const SEVERITY_TONE: Record<string, string> = { block: TONE.red, warn: TONE.orange, info: TONE.blue };

export function LetterFindings({ findings }: { findings: LetterFinding[] }) {
  return (
    <Table<LetterFinding>
      size="small" pagination={false} rowKey={(f, i) => `${f.type}-${f.text}-${i}`} dataSource={findings}
      locale={{ emptyText: '未发现问题' }} title={() => <strong>答复书审查结果</strong>}
      columns={[
        { title: '类型', key: 'type', render: (_, f) => label(FINDING_TYPE, f.type) },
        { title: '原文', dataIndex: 'text' },
        { title: '级别', key: 'severity', render: (_, f) => <Tag color={SEVERITY_TONE[f.severity] ?? TONE.grey}>{SEVERITY_TEXT[f.severity] ?? '提示'}</Tag> },
      ]}
    />
  );
}

/**
 * 答复: the letter goes through the gate's confidentiality check first, and is sent only as checked; personal
 * data is listed for the clerk to confirm (the letter goes to the applicant), secrecy marks stop it.
 */
export function ReplyButton({ onSend }: { onSend: (draft: { replyType: string; ground: string | null; text: string }) => Promise<boolean> }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Draft>();
  const replyType = Form.useWatch('replyType', form);
  const [{ data }] = useQuery({ query: REPLY_GROUNDS });
  const grounds = (data?.replyGrounds ?? []).filter((g) => g.replyType === replyType);
  const [checked, setChecked] = useState<{ text: string; verdict: string; findings: LetterFinding[] } | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const text = Form.useWatch('text', form) ?? '';
  const current = checked && checked.text === text.trim() ? checked : null;

  const check = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const result = await fetchOnce(CHECK_LETTER, { text: v.text.trim() });
      setChecked({ text: v.text.trim(), ...result.checkReplyLetter });
      setCheckError(null);
    } catch {
      setCheckError('审查服务暂时不可用，请稍后再试。');
    }
  };
  const send = async () => {
    const v = await form.validateFields().catch(() => null);
    if (v && current && (await onSend({ replyType: v.replyType, ground: v.ground ?? null, text: v.text.trim() }))) setOpen(false);
  };
  const close = () => { setOpen(false); setChecked(null); };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>答复</Button>
      <Modal title="答复申请人" open={open} width={760} destroyOnHidden onCancel={close} footer={[
        <Button key="cancel" onClick={close}>取消</Button>,
        <Button key="check" onClick={() => void check()}>检查答复书</Button>,
        <Button key="send" type="primary" disabled={!current || current.verdict === 'block'} onClick={() => void send()}>发送答复</Button>,
      ]}>
        <Form form={form} layout="vertical" preserve={false} onValuesChange={(changed) => { if ('replyType' in changed) form.setFieldValue('ground', undefined); }}>
          <Form.Item label="答复类型" name="replyType" rules={[{ required: true, message: '请选择答复类型' }]}>
            <Select options={options(REPLY_TYPE)} placeholder="请选择" showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
          {grounds.length > 0 && (
            <Form.Item label="理由" name="ground" rules={[{ required: true, message: '请选择理由' }]}>
              <Select options={grounds.map((g) => ({ value: g.code, label: g.label }))} placeholder="请选择" showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          )}
          <Form.Item label="答复书正文" name="text" rules={[{ required: true, whitespace: true, message: '请填写答复书正文' }]}>
            <Input.TextArea rows={8} maxLength={20000} />
          </Form.Item>
        </Form>
        {checkError && <Alert type="error" title={checkError} />}
        {!current && !checkError && <Alert type="info" title="发送前请先点击「检查答复书」，查看保密审查结果。" />}
        {current && (
          <>
            {current.verdict === 'block' && <Alert type="error" title="答复书含有不得外发的内容，请修改后重新检查。" style={{ marginBottom: 8 }} />}
            {current.verdict !== 'block' && <Alert type="success" title="审查通过，可以发送。列出的个人信息请核对是否确需写入答复书。" style={{ marginBottom: 8 }} />}
            <LetterFindings findings={current.findings} />
          </>
        )}
      </Modal>
    </>
  );
}
