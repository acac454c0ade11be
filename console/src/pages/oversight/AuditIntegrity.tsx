import { Alert, Button, Card, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { errorCode, fetchOnce, run, saveBlob } from '../../api';
import { TONE } from '../../labels';
import { fmt } from '../../time';
import { useAction } from '../../ui';
import {
  CHECKPOINTS, CREATE_CHECKPOINT, VERIFY_CHAIN, VERIFY_CHECKPOINT_FILE, VERIFY_CHECKPOINTS,
  type ChainCheck, type Checkpoint, type CheckpointFileVerification, type CheckpointsVerification,
} from '../../queries/oversight';
import { actorLabel, CHECKPOINT_PROBLEM } from './labels';

const short = (hash: string): string => `${hash.slice(0, 16)}…`;

/** The chain's state in one sentence a person can act on. */
export function chainSentence(c: ChainCheck): string {
  if (!c.ok) return `校验未通过：审计链在第 ${c.firstBrokenSeq} 条记录处断裂，该条及其后的记录可能被篡改。请立即报告信息化主管部门，并用已下载的检查点核对。`;
  const pending = c.pending ? `另有 ${c.pending} 条刚写入的记录尚待封存。` : '';
  return `校验通过：审计链完整，共 ${c.length} 条记录，链头哈希 ${short(c.headHash)}。${pending}`;
}

function fileSentence(v: CheckpointFileVerification): string {
  const what = `该检查点签发于 ${fmt(v.createdAt, 'YYYY-MM-DD HH:mm:ss')}，涵盖前 ${v.length} 条记录`;
  if (v.ok) return `核验通过：${what}，这些记录自签发以来未被改动。`;
  const why = v.problem ? CHECKPOINT_PROBLEM[v.problem] ?? '检查点与审计链不符' : chainSentence(v.chain);
  return `核验未通过：${what}。${why}。`;
}

function storedSentence(v: CheckpointsVerification): string {
  if (v.ok) return `核验通过：审计链完整（${v.chain.length} 条记录），${v.checked} 个检查点全部成立${v.anchored ? '，均由受信密钥签发' : ''}。`;
  const bad = v.failures.length + v.missing.length;
  return `核验未通过：${v.chain.ok ? '' : `审计链在第 ${v.chain.firstBrokenSeq} 条记录处断裂；`}${bad} 个检查点有问题（见下表），说明审计记录或检查点被改动，请立即报告。`;
}

/** Reads a file chosen by the person as JSON; null when it is not JSON at all. */
async function readJson(file: File): Promise<unknown> {
  try {
    return JSON.parse(await file.text()) as unknown;
  } catch {
    return null;
  }
}

/** 审计链校验 and 检查点: is the trail as it was written, and the signed statements that prove it later. */
export function AuditIntegrity() {
  const [chain, setChain] = useState<ChainCheck | null>(null);
  const [stored, setStored] = useState<CheckpointsVerification | null>(null);
  const [file, setFile] = useState<{ ok: boolean; text: string } | null>(null);
  const [{ data, fetching }, refetch] = useQuery({ query: CHECKPOINTS, variables: { first: 20 }, requestPolicy: 'network-only' });
  const [act, busy] = useAction();

  const verifyChain = () => act(async () => setChain((await fetchOnce(VERIFY_CHAIN, {})).verifyAuditChain));
  const create = () => act(async () => {
    await run(CREATE_CHECKPOINT, {});
    // The earlier verification did not see the new checkpoint: it must not show as 成立 unchecked.
    setStored(null);
    refetch({ requestPolicy: 'network-only' });
  }, '检查点已签发，请下载一份交由他人保管');
  const verifyStored = () => act(async () => setStored((await fetchOnce(VERIFY_CHECKPOINTS, {})).verifyAuditCheckpoints));
  const verifyFile = async (chosen: File) => {
    const json = await readJson(chosen);
    if (json === null) {
      setFile({ ok: false, text: '所选文件不是检查点文件（应为本页下载的 .json 文件）。' });
      return;
    }
    try {
      const v = (await fetchOnce(VERIFY_CHECKPOINT_FILE, { checkpoint: json })).verifyAuditCheckpointFile;
      setFile({ ok: v.ok, text: fileSentence(v) });
    } catch (e) {
      setFile({ ok: false, text: errorCode(e) === 'BAD_USER_INPUT' ? '所选文件不是有效的审计检查点（内容不完整或已被改动），请选择本页下载的检查点文件。' : '核验失败，请稍后再试。' });
    }
  };
  const downloadOne = (c: Checkpoint) =>
    saveBlob(new Blob([`${JSON.stringify(c.exported, null, 2)}\n`], { type: 'application/json' }), `tongfa-audit-checkpoint-${c.length}.json`);

  const problemOf = (c: Checkpoint): string | null => {
    if (!stored) return null;
    const failure = stored.failures.find((f) => f.checkpoint.id === c.id);
    return failure ? CHECKPOINT_PROBLEM[failure.problem ?? ''] ?? '检查点不成立' : '';
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>审计链校验</Typography.Title>}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ margin: 0 }}>每条审计记录都与前一条以哈希相连，任何改动、删除都会使校验在该处断开。</Typography.Paragraph>
          <Button type="primary" loading={busy} onClick={() => void verifyChain()} style={{ alignSelf: 'flex-start' }}>校验审计链</Button>
          {chain && <Alert role="status" type={chain.ok ? 'success' : 'error'} title={chainSentence(chain)} />}
        </Space>
      </Card>
      <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>检查点</Typography.Title>}>
        <Typography.Paragraph>
          检查点是对审计链当时长度和链头的数字签名。下载后交由他人或存档保管；日后核验文件，即可证明此前的记录未被改写。
        </Typography.Paragraph>
        <Space wrap style={{ marginBottom: 12 }}>
          <Button type="primary" loading={busy} onClick={() => void create()}>签发检查点</Button>
          <Button loading={busy} onClick={() => void verifyStored()}>核验全部检查点</Button>
          <Upload accept=".json,application/json" showUploadList={false} maxCount={1} beforeUpload={(f) => { void verifyFile(f); return false; }}>
            <Button>核验检查点文件</Button>
          </Upload>
        </Space>
        {stored && <Alert role="status" type={stored.ok ? 'success' : 'error'} title={storedSentence(stored)} style={{ marginBottom: 12 }} />}
        {stored && stored.missing.length > 0 && (
          <Alert type="error" style={{ marginBottom: 12 }} title="审计记录中登记过、但检查点表中已不存在或被改动的检查点"
            description={<ul style={{ margin: 0 }}>{stored.missing.map((m) => <li key={m.seq}>第 {m.seq} 条审计记录登记的检查点（{m.length} 条记录）：{CHECKPOINT_PROBLEM[m.problem] ?? '检查点不符'}</li>)}</ul>} />
        )}
        {file && <Alert role="status" type={file.ok ? 'success' : 'error'} title={file.text} closable={{ onClose: () => setFile(null) }} style={{ marginBottom: 12 }} />}
        <Table<Checkpoint>
          rowKey="id"
          size="small"
          loading={fetching}
          dataSource={data?.auditCheckpoints ?? []}
          pagination={false}
          locale={{ emptyText: '尚未签发检查点' }}
          scroll={{ x: 1000 }}
          aria-label="检查点"
          columns={[
            { title: '签发时间', key: 'createdAt', width: 170, render: (_, c) => fmt(c.createdAt, 'YYYY-MM-DD HH:mm:ss') },
            { title: '涵盖记录', key: 'length', width: 100, render: (_, c) => `${c.length} 条` },
            { title: '链头哈希', key: 'head', width: 190, render: (_, c) => <Typography.Text code>{short(c.headHash)}</Typography.Text> },
            { title: '签名密钥', dataIndex: 'keyId', width: 170, render: (k: string) => <Typography.Text code>{k}</Typography.Text> },
            { title: '签发人', key: 'by', width: 110, render: (_, c) => actorLabel(c.createdBy) },
            {
              title: '核验结果', key: 'check', width: 190, render: (_, c) => {
                const problem = problemOf(c);
                if (problem === null) return '未核验';
                return problem ? <Tag color={TONE.red}>{problem}</Tag> : <Tag color={TONE.green}>成立</Tag>;
              },
            },
            { title: '操作', key: 'ops', width: 90, render: (_, c) => <Button size="small" aria-label={`下载检查点（${c.length} 条记录）`} onClick={() => downloadOne(c)}>下载</Button> },
          ]}
        />
      </Card>
    </Space>
  );
}
