import { Button, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { beijing, dayjs, ZONE } from './time';

/** The picked wall-clock time is Beijing time, whatever the browser's own zone. */
const asBeijing = (value: Dayjs): Dayjs => dayjs.tz(value.format('YYYY-MM-DD HH:mm'), ZONE);

/**
 * 定时发布 and 改期: a date-time picker in Beijing time that refuses the past (days before today are disabled,
 * an earlier hour today is refused on 确定).
 */
export function ScheduleButton({ onPick, label: text = '定时发布', title = '定时发布', initial = null, buttonLabel }: {
  onPick: (at: Dayjs) => Promise<boolean>;
  label?: string;
  title?: string;
  /** The time already set (改期), as the picker starts from. */
  initial?: string | null;
  /** A fuller accessible name when several such buttons share a screen (e.g. 改期：标题). */
  buttonLabel?: string;
}) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<Dayjs | null>(null);
  const [error, setError] = useState<string | null>(null);
  const nowBeijing = dayjs(beijing(new Date()).format('YYYY-MM-DD HH:mm'));
  const start = () => {
    setValue(initial ? dayjs(beijing(initial).format('YYYY-MM-DD HH:mm')) : null);
    setError(null);
    setOpen(true);
  };
  const confirm = async () => {
    if (!value) return setError('请选择发布时间');
    if (asBeijing(value).valueOf() <= Date.now()) return setError('发布时间不能早于现在');
    if (await onPick(asBeijing(value))) setOpen(false);
  };
  return (
    <>
      <Button onClick={start} aria-label={buttonLabel}>{text}</Button>
      <Modal title={title} open={open} onCancel={() => setOpen(false)} onOk={() => void confirm()} okText="确定" cancelText="取消" destroyOnHidden>
        <Form layout="vertical">
          <Form.Item label="发布时间（北京时间）" validateStatus={error ? 'error' : undefined} help={error ?? undefined}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              value={value}
              onChange={(v) => { setValue(v); setError(null); }}
              disabledDate={(d) => d.isBefore(nowBeijing, 'day')}
              style={{ width: '100%' }}
              aria-label="发布时间"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** An action that needs a reason (撤回, 暂停, 关停整合): a dialog asking for it, confirmed with 确定. */
export function ReasonButton({ label: text, title, field, onConfirm, danger, buttonLabel }: {
  label: string;
  title: string;
  field: string;
  onConfirm: (reason: string) => Promise<boolean>;
  danger?: boolean;
  buttonLabel?: string;
}) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <>
      <Button danger={danger} onClick={() => setOpen(true)} aria-label={buttonLabel}>{text}</Button>
      <Modal title={title} open={open} okText="确定" cancelText="取消" destroyOnHidden onCancel={() => setOpen(false)}
        onOk={async () => { const v = await form.validateFields().catch(() => null); if (v && (await onConfirm(v.reason.trim()))) setOpen(false); }}>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item label={field} name="reason" rules={[{ required: true, whitespace: true, message: `请填写${field}` }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
