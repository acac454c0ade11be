import { App, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { describeError } from './api';
import { FIELD, FINDING_TYPE, label, SEVERITY, STATUS, STATUS_COLOR, TONE } from './labels';
import type { Finding } from './types';
import type { Needle } from './html';

export const StatusTag = ({ status }: { status: string }) => <Tag color={STATUS_COLOR[status] ?? TONE.grey}>{label(STATUS, status)}</Tag>;

export const PageTitle = ({ children }: { children: React.ReactNode }) => <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>{children}</Typography.Title>;

/** Runs an action, shows its error as a Chinese sentence, and reports whether it succeeded. */
export function useAction(describe: (error: unknown) => string = describeError): [(action: () => Promise<unknown>, success?: string) => Promise<boolean>, boolean] {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const act = useCallback(async (action: () => Promise<unknown>, success?: string) => {
    setBusy(true);
    try {
      await action();
      if (success) message.success(success);
      return true;
    } catch (e) {
      message.error(describe(e), 6);
      return false;
    } finally {
      setBusy(false);
    }
  }, [message, describe]);
  return [act, busy];
}

export const findingNeedle = (f: Finding): Needle => ({ text: f.text, className: f.severity === 'BLOCK' ? 'block' : 'warn', title: `${label(FINDING_TYPE, f.type)}：${f.text}` });
export const replacementNeedle = (f: Finding): Needle | null => (f.replacement ? { text: f.replacement, className: 'warn', title: `${label(FINDING_TYPE, f.type)}（已替换）` } : null);

export function FindingTable({ findings, extra, caption }: { findings: Finding[]; extra?: (f: Finding) => React.ReactNode; caption?: string }) {
  return (
    <Table<Finding>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={findings}
      // On a phone the columns scroll inside the table instead of pushing the review page sideways.
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <span style={{ color: TONE.grey }}>未发现问题</span> }}
      title={caption ? () => <strong>{caption}</strong> : undefined}
      columns={[
        { title: '类型', key: 'type', render: (_, f) => <Tag color={f.severity === 'BLOCK' ? TONE.red : f.severity === 'WARN' ? TONE.orange : TONE.blue}>{label(FINDING_TYPE, f.type)}</Tag> },
        { title: '位置', key: 'field', render: (_, f) => label(FIELD, f.field) },
        { title: '原文', key: 'text', render: (_, f) => <mark className={`finding ${f.severity === 'BLOCK' ? 'block' : ''}`}>{f.text}</mark> },
        { title: '替换为', key: 'replacement', render: (_, f) => f.replacement ?? (f.severity === 'BLOCK' ? '须删除' : '—') },
        { title: '级别', key: 'severity', render: (_, f) => label(SEVERITY, f.severity) },
        { title: '说明', key: 'note', render: (_, f) => f.note || '—' },
        ...(extra ? [{ title: '处理', key: 'extra', render: (_: unknown, f: Finding) => extra(f) }] : []),
      ]}
    />
  );
}
