import { Alert, Button, Popconfirm, Space, Table, Tag, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { describeError, run } from '../../api';
import { FINDING_TYPE, TONE, label } from '../../labels';
import { ATTACHMENT_LIMITS, ATTACHMENTS, REMOVE_ATTACHMENT, type Attachment } from '../../queries/attachments';
import { fmt } from '../../time';
import { useAction } from '../../ui';
import { acceptOf, fileSize, limitsSentence, localProblem, sendFile, UploadError } from './upload';

/** Attachments change only while the item is drafted or in review (the server refuses otherwise). */
export const ATTACHABLE = ['DRAFT', 'REJECTED', 'IN_REVIEW'];

const typesOf = (a: Attachment, keep: (f: Attachment['findings'][number]) => boolean) => [...new Set(a.findings.filter(keep).map((f) => label(FINDING_TYPE, f.type)))].join('、');

/**
 * Why an attachment stops the approval, in a sentence, or null: a blocking mark, or personal data, which
 * cannot be masked inside a PDF or Word file the way the body's text is.
 */
export function attachmentProblem(a: Attachment): string | null {
  const blocked = typesOf(a, (f) => f.severity === 'BLOCK');
  if (blocked) return `含${blocked}，不能发布，须删除或替换`;
  const personal = typesOf(a, (f) => f.kind === 'PII');
  if (personal) return `含个人信息（${personal}），附件中的内容无法自动遮盖，须替换为处理后的文件`;
  return null;
}

export function useAttachments(id: string): { list: Attachment[]; status: string | null; loaded: boolean; reload: () => void } {
  const [{ data }, refetch] = useQuery({ query: ATTACHMENTS, variables: { id }, requestPolicy: 'network-only' });
  return { list: data?.content?.attachments ?? [], status: data?.content?.status ?? null, loaded: !!data, reload: () => refetch({ requestPolicy: 'network-only' }) };
}

const describeUpload = (e: unknown) => (e instanceof UploadError ? e.message : describeError(e));

function AttachmentTable({ list, actions }: { list: Attachment[]; actions?: (a: Attachment) => React.ReactNode }) {
  return (
    <Table<Attachment>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={list}
      // Only the editor's table scrolls sideways: its buttons make it reachable by keyboard (axe asks that of a scroll area).
      scroll={actions ? { x: 980 } : undefined}
      locale={{ emptyText: <span style={{ color: TONE.grey }}>暂无附件</span> }}
      columns={[
        { title: '文件名', key: 'name', width: 180, render: (_, a) => a.fileName },
        { title: '类型', key: 'type', render: (_, a) => (a.type === 'JPEG' ? 'JPG' : a.type), width: 70 },
        { title: '大小', key: 'size', render: (_, a) => fileSize(a.size), width: 90 },
        { title: '审查结果', key: 'verdict', render: (_, a) => {
          const problem = attachmentProblem(a);
          return (
            <Space orientation="vertical" size={2}>
              <Tag color={problem ? TONE.red : a.findings.length ? TONE.orange : TONE.green}>{problem ? '不能通过' : a.findings.length ? '有提示' : '未发现问题'}</Tag>
              {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
            </Space>
          );
        } },
        { title: '发现', key: 'findings', render: (_, a) => (a.findings.length === 0 ? '—' : (
          <ul style={{ margin: 0, paddingLeft: 18 }}>{a.findings.map((f) => <li key={f.id}>{label(FINDING_TYPE, f.type)}：<mark className={`finding ${f.severity === 'BLOCK' ? 'block' : ''}`}>{f.text}</mark></li>)}</ul>
        )) },
        { title: '上传', key: 'by', render: (_, a) => `${a.uploadedBy} ${fmt(a.createdAt)}` },
        ...(actions ? [{ title: '操作', key: 'actions', width: 130, render: (_: unknown, a: Attachment) => actions(a) }] : []),
      ]}
    />
  );
}

/** The editor's 附件: drag or choose a file, the list with what the gate found, 删除 and 替换. */
export function AttachmentPanel({ contentId, onChange }: { contentId: string; onChange?: () => void }) {
  const { list, status, reload } = useAttachments(contentId);
  const [{ data: limitsData }] = useQuery({ query: ATTACHMENT_LIMITS });
  const limits = limitsData?.attachmentLimits ?? [];
  const [act, busy] = useAction(describeUpload);
  const editable = status !== null && ATTACHABLE.includes(status);
  const changed = () => {
    reload();
    onChange?.();
  };

  const upload = (file: File, replaces?: Attachment) => {
    const problem = localProblem(file, limits);
    void act(async () => {
      if (problem) throw new UploadError(problem);
      await sendFile(contentId, file, replaces?.id);
      changed();
    }, replaces ? `已用「${file.name}」替换「${replaces.fileName}」` : `已上传「${file.name}」`);
    // antd must not send the file itself: sendFile does, with the session's token.
    return false;
  };

  return (
    <section aria-label="附件">
      {editable ? (
        <Upload.Dragger accept={acceptOf(limits)} multiple={false} showUploadList={false} disabled={busy} beforeUpload={(file) => upload(file)}>
          <p className="ant-upload-drag-icon"><InboxOutlined aria-hidden /></p>
          <p className="ant-upload-text">点击选择文件，或将文件拖到这里上传附件</p>
          <p className="ant-upload-hint">{limits.length ? `${limitsSentence(limits)}。` : ''}类型按文件内容判断；上传后自动进行保密审查和个人信息检查。</p>
        </Upload.Dragger>
      ) : (
        status && <Typography.Paragraph type="secondary">内容已通过审核或已发布，附件不能再改动；如需修改，请先编辑内容送审。</Typography.Paragraph>
      )}
      {list.some((a) => attachmentProblem(a)) && (
        <Alert style={{ marginTop: 12 }} type="error" showIcon title="有附件不能通过审核" description="附件中的个人信息无法像正文那样自动遮盖：请把处理后的文件（删去或遮盖个人信息）用“替换”上传，或删除该附件。" />
      )}
      <div style={{ marginTop: 12 }}>
        <AttachmentTable list={list} actions={editable ? (a) => (
          <Space>
            <Upload accept={acceptOf(limits)} multiple={false} showUploadList={false} disabled={busy} beforeUpload={(file) => upload(file, a)}>
              {/* Upload's own wrapper stays a plain element when it holds a control: the button is the one control. */}
              <Button size="small" aria-label={`替换「${a.fileName}」`}>替换</Button>
            </Upload>
            <Popconfirm title={`删除附件「${a.fileName}」？`} okText="确定" cancelText="取消" onConfirm={() => act(async () => { await run(REMOVE_ATTACHMENT, { id: a.id }); changed(); }, '附件已删除')}>
              <Button size="small" danger aria-label={`删除「${a.fileName}」`}>删除</Button>
            </Popconfirm>
          </Space>
        ) : undefined} />
      </div>
    </section>
  );
}

/** The reviewer's view: every attachment with its findings; the approval is refused while one has a problem. */
export function AttachmentReview({ list }: { list: Attachment[] }) {
  return (
    <section aria-label="附件审查">
      <AttachmentTable list={list} />
    </section>
  );
}

/** The sentence shown beside a disabled 通过, or null when the attachments allow approval. */
export function approvalBlockedBy(list: Attachment[]): string | null {
  const problems = list.map((a) => [a, attachmentProblem(a)] as const).filter(([, p]) => p !== null);
  if (problems.length === 0) return null;
  return `暂不能通过：${problems.map(([a, p]) => `附件「${a.fileName}」${p}`).join('；')}。请驳回，或待编辑替换后再审核。`;
}
