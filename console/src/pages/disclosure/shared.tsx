import { Button, Form, Input, Modal, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { TONE } from '../../labels';
import { useAction } from '../../ui';
import { disclosureError } from './api';

/** Runs a step and shows its error in the API's own Chinese sentence (the workflow names the status and the rule). */
export const useStep = () => useAction(disclosureError);

/** 答复期限 with the working days left; overdue in red. */
export function Deadline({ dueOn, daysLeft }: { dueOn: string | null; daysLeft: number | null }) {
  if (!dueOn) return <span>—</span>;
  if (daysLeft === null) return <span>{dueOn}</span>;
  if (daysLeft < 0) return <span>{dueOn} <Tag color={TONE.red}>已超期 {-daysLeft} 个工作日</Tag></span>;
  return <span>{dueOn} <Tag color={daysLeft <= 3 ? TONE.orange : TONE.blue}>剩 {daysLeft} 个工作日</Tag></span>;
}

/** The status the server words itself, coloured by how far along it is. */
const STATUS_TONE: Record<string, string> = {
  RECEIVED: TONE.blue, IN_PROGRESS: TONE.purple, CORRECTION_REQUESTED: TONE.orange, CONSULTING: TONE.orange, ACCEPTED: TONE.purple,
  REPLIED: TONE.green, REJECTED: TONE.grey, ABANDONED: TONE.grey, WITHDRAWN: TONE.grey,
};
export const WorkStatus = ({ status, text }: { status: string; text: string }) => <Tag color={STATUS_TONE[status] ?? TONE.grey}>{text}</Tag>;

export interface FieldSpec { name: string; label: string; control?: ReactNode; required?: boolean; initial?: unknown }

/** A button that opens a small form; the form is sent only when its required fields are filled. */
export function StepButton({ text, title, fields, onSubmit, primary }: {
  text: string; title?: string; fields: FieldSpec[]; onSubmit: (values: Record<string, unknown>) => Promise<boolean>; primary?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Record<string, unknown>>();
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (values && (await onSubmit(values))) setOpen(false);
  };
  return (
    <>
      <Button type={primary ? 'primary' : 'default'} onClick={() => setOpen(true)}>{text}</Button>
      <Modal title={title ?? text} open={open} okText="确定" cancelText="取消" destroyOnHidden onCancel={() => setOpen(false)} onOk={() => void submit()}>
        <Form form={form} layout="vertical" preserve={false} initialValues={Object.fromEntries(fields.map((f) => [f.name, f.initial]))}>
          {fields.map((f) => (
            <Form.Item key={f.name} label={f.label} name={f.name} rules={f.required === false ? [] : [{ required: true, message: `请填写${f.label}` }]}>
              {f.control ?? <Input.TextArea rows={3} />}
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </>
  );
}
