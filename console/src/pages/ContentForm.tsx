import { Alert, Button, Card, Checkbox, Col, Form, Input, Radio, Row, Select, Space, Spin, TreeSelect, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { fetchOnce, run } from '../api';
import RichText from '../editor/RichText';
import { CHANNEL, VERDICT, label } from '../labels';
import { CATEGORIES, CONTENT, CREATE_CONTENT, PREVIEW_GATE, SUBMIT_CONTENT, UPDATE_CONTENT } from '../queries';
import { CORRECT_CONTENT } from '../queries/corrections';
import { COVER_TYPES, ITEM_IMAGES } from '../queries/variants';
import { navigate } from '../router';
import type { Category, ContentInput, Finding } from '../types';
import { FindingTable, PageTitle, useAction } from '../ui';
import { AttachmentPanel } from './attachments/Attachments';

interface TreeNode { value: string; title: string; children: TreeNode[] }

export function categoryTree(categories: Category[]): TreeNode[] {
  const nodes = new Map(categories.map((c) => [c.code, { value: c.code, title: c.name, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const c of categories) {
    const node = nodes.get(c.code)!;
    const parent = c.parentCode ? nodes.get(c.parentCode) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

const EMPTY: ContentInput = { title: '', body: '', summary: '', categoryCode: '', channels: ['PORTAL', 'APP'], disclosure: 'PROACTIVE', disclosureReason: null, serviceChange: false };

/** Runs the gate on what is being typed, half a second after the last keystroke. */
function useLiveFindings(draft: ContentInput): { findings: Finding[]; verdict: string | null; checking: boolean } {
  const [state, setState] = useState<{ findings: Finding[]; verdict: string | null; checking: boolean }>({ findings: [], verdict: null, checking: false });
  const seq = useRef(0);
  useEffect(() => {
    if (!draft.title && !draft.body && !draft.summary) return;
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      setState((s) => ({ ...s, checking: true }));
      try {
        const data = await fetchOnce(PREVIEW_GATE, { input: { title: draft.title, body: draft.body || '<p></p>', summary: draft.summary, categoryCode: draft.categoryCode ?? '' } });
        if (mine === seq.current) setState({ findings: data.previewGate.findings, verdict: data.previewGate.verdict, checking: false });
      } catch {
        if (mine === seq.current) setState((s) => ({ ...s, checking: false }));
      }
    }, 500);
    return () => clearTimeout(timer);
  }, [draft.title, draft.body, draft.summary, draft.categoryCode]);
  return state;
}

/** `correcting`: the item is published; saving sends a 更正 with its required 更正说明 to review. */
export function Editor({ id, initial, correcting = false }: { id: string | null; initial: ContentInput; correcting?: boolean }) {
  const [form] = Form.useForm<ContentInput & { note?: string }>();
  const [draft, setDraft] = useState<ContentInput>(initial);
  const live = useLiveFindings(draft);
  const [act, busy] = useAction();
  const [{ data: cats }] = useQuery({ query: CATEGORIES });
  // An upload or removal changes which images the 微信封面 can offer.
  const [files, setFiles] = useState(0);
  const tree = useMemo(() => categoryTree(cats?.categories ?? []), [cats]);

  const save = async (submit: boolean) => {
    const checked = await form.validateFields().catch(() => null);
    if (!checked) return;
    const { note, ...values } = checked;
    const input: ContentInput = { ...draft, ...values, body: draft.body, disclosureReason: values.disclosure === 'PROACTIVE' ? null : values.disclosureReason ?? null, serviceChange: !!values.serviceChange };
    delete (input as { note?: string }).note;
    let savedId = id;
    if (correcting && id) {
      if (await act(() => run(CORRECT_CONTENT, { id, input, note: (note ?? '').trim() }), '更正已提交审核，原文在审核通过前保持不变')) navigate(`/contents/${id}`);
      return;
    }
    const ok = await act(async () => {
      savedId = id ? (await run(UPDATE_CONTENT, { id, input })).updateContent.id : (await run(CREATE_CONTENT, { input })).createContent.id;
      if (submit) await run(SUBMIT_CONTENT, { id: savedId });
    }, submit ? '已提交审核' : '草稿已保存');
    if (ok && savedId) navigate(`/contents/${savedId}`);
  };

  // Until the catalogue arrives the 栏目 field could only show the item's category code (e.g. tzgg).
  if (!cats) return <Spin description="正在加载" />;

  return (
    <Row gutter={16}>
      <Col xs={24} xl={15}>
        <Card>
          <Form form={form} layout="vertical" initialValues={initial} onValuesChange={(_, all) => setDraft((d) => ({ ...d, ...all, body: d.body }))} requiredMark="optional">
            <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }, { max: 200, message: '标题不能超过 200 字' }]}>
              <Input />
            </Form.Item>
            {correcting && (
              <Form.Item label="更正说明" name="note" rules={[{ required: true, whitespace: true, message: '请填写更正说明，它将与更正日期一起公开显示' }, { max: 500, message: '更正说明不能超过 500 字' }]}
                extra="向公众说明更正了什么，审核通过后显示在原文页面">
                <Input.TextArea rows={2} />
              </Form.Item>
            )}
            <Form.Item label="栏目" name="categoryCode" rules={[{ required: true, message: '请选择栏目' }]} extra={correcting ? '更正不能改变栏目' : '可用方向键选择，回车确认'}>
              <TreeSelect disabled={correcting} treeData={tree} treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} placeholder="选择栏目" />
            </Form.Item>
            <Form.Item label={<span id="body-label">正文</span>} required>
              <RichText id="body" value={initial.body} findings={live.findings.filter((f) => f.field === 'body')} onChange={(html) => setDraft((d) => ({ ...d, body: html }))} />
            </Form.Item>
            <Form.Item label="摘要" name="summary" extra="留空则取正文开头">
              <Input.TextArea rows={2} maxLength={500} showCount />
            </Form.Item>
            <Form.Item label="公开属性" name="disclosure">
              <Radio.Group options={[{ value: 'PROACTIVE', label: '主动公开' }, { value: 'ON_REQUEST', label: '依申请公开' }, { value: 'NOT_PUBLIC', label: '不予公开' }]} />
            </Form.Item>
            {draft.disclosure !== 'PROACTIVE' && (
              <Form.Item label="不主动公开的理由" name="disclosureReason" rules={[{ required: true, whitespace: true, message: '依申请公开或不予公开须说明理由' }]}>
                <Input />
              </Form.Item>
            )}
            {/* A validator, not `required`: aria-required is not allowed on a group of checkboxes. */}
            <Form.Item label="发布渠道" name="channels" rules={[{ validator: (_, v?: string[]) => (v?.length ? Promise.resolve() : Promise.reject(new Error('至少选择一个发布渠道'))) }]}>
              <Checkbox.Group role="group" aria-label="发布渠道" options={Object.entries(CHANNEL).map(([value, text]) => ({ value, label: text }))} />
            </Form.Item>
            <Form.Item name="serviceChange" valuePropName="checked" extra="办事条件变更须在审核通过后一个工作日内发布">
              <Checkbox>办事条件变更</Checkbox>
            </Form.Item>
            <ChannelCopy key={files} contentId={id} />
            {correcting ? (
              <Button type="primary" onClick={() => void save(true)} loading={busy}>提交更正</Button>
            ) : (
              <Space>
                <Button onClick={() => void save(false)} loading={busy}>保存草稿</Button>
                <Button type="primary" onClick={() => void save(true)} loading={busy}>提交审核</Button>
              </Space>
            )}
          </Form>
        </Card>
        <Card title="附件" style={{ marginTop: 16 }}>
          {id && !correcting ? <AttachmentPanel contentId={id} onChange={() => setFiles((n) => n + 1)} /> : (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{correcting ? '更正不改动附件；如需更换附件，请撤回后重新发布。' : '先保存草稿，再上传附件（PDF、Word、Excel 文档或图片）。'}</Typography.Paragraph>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <Card title="保密审查与去标识化（随输入实时检查）" aria-live="polite">
          {live.checking && <Typography.Text type="secondary">正在检查…</Typography.Text>}
          {live.verdict && (
            <Alert
              style={{ marginBottom: 12 }}
              type={live.verdict === 'BLOCK' ? 'error' : live.verdict === 'WARN' ? 'warning' : 'success'}
              title={live.verdict === 'BLOCK' ? '含有不能发布的内容，须删除后才能通过审核' : live.verdict === 'WARN' ? '含有个人信息等，发布时将按下表替换，审核员会看到' : '未发现问题'}
              description={`检查结论：${label(VERDICT, live.verdict)}，共 ${live.findings.length} 处`}
            />
          )}
          <FindingTable findings={live.findings} />
        </Card>
      </Col>
    </Row>
  );
}

/** 渠道文案: what Weibo and WeChat show; gated with the item. Empty fields are derived from the title and summary. */
function ChannelCopy({ contentId }: { contentId: string | null }) {
  const [{ data }] = useQuery({ query: ITEM_IMAGES, variables: { id: contentId ?? '' }, pause: !contentId, requestPolicy: 'network-only' });
  const images = (data?.content?.attachments ?? []).filter((a) => COVER_TYPES.includes(a.mediaType));
  return (
    <fieldset className="channel-copy" style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: '8px 16px 0', marginBottom: 16 }}>
      <legend style={{ fontSize: 16, width: 'auto', padding: '0 8px', marginBottom: 0, border: 0 }}>渠道文案</legend>
      <Typography.Paragraph type="secondary">留空则由标题和摘要生成；填写的内容同样经过保密审查和去标识化。</Typography.Paragraph>
      <Form.Item label="微博文案" name={['variants', 'weiboText']} extra="发布时自动附上门户文章链接，合计不超过 140 字（两个英文字母或数字算一个字）">
        <Input.TextArea rows={2} maxLength={130} showCount />
      </Form.Item>
      <Form.Item label="微信导语" name={['variants', 'wechatDigest']} extra="即微信图文的摘要，留空则取本文摘要">
        <Input.TextArea rows={2} maxLength={120} showCount />
      </Form.Item>
      <Form.Item label="微信作者" name={['variants', 'wechatAuthor']} extra="留空则为发布单位">
        <Input maxLength={16} />
      </Form.Item>
      <Form.Item label="原文链接" name={['variants', 'sourceUrl']} extra="微信“阅读原文”的地址，留空则为门户文章" rules={[{ pattern: /^https?:\/\/\S+$/, message: '请填写以 http:// 或 https:// 开头的完整地址' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="微信封面" name={['variants', 'wechatCoverId']}
        extra={contentId ? (images.length ? '从本条内容的图片附件中选择（JPG 或 PNG），留空则取正文第一张图片或默认封面' : '本条内容还没有 JPG 或 PNG 图片附件，上传后即可选作封面') : '保存草稿并上传图片附件后，可在此选择封面'}>
        <Select allowClear placeholder="默认封面" disabled={!images.length} options={images.map((a) => ({ value: a.id, label: a.fileName }))} />
      </Form.Item>
    </fieldset>
  );
}

export default function ContentForm({ params, correcting = false }: { params: Record<string, string>; correcting?: boolean }) {
  const id = params.id ?? null;
  const [{ data, fetching }] = useQuery({ query: CONTENT, variables: { id: id ?? '' }, pause: !id, requestPolicy: 'network-only' });
  if (id && (fetching || !data)) return <Spin description="正在加载" />;
  const c = data?.content;
  if (id && !c) return <Alert type="error" title="内容不存在，或不属于您的单位。" />;
  const initial: ContentInput = c
    ? { title: c.title, body: c.body, summary: c.summary, categoryCode: c.category.code, channels: c.channels, disclosure: c.disclosure, disclosureReason: c.disclosureReason, serviceChange: c.serviceChange, variants: c.variants ?? null }
    : EMPTY;
  return (
    <>
      <PageTitle>{correcting ? `更正：${c?.title ?? ''}` : id ? '修改内容' : '新建内容'}</PageTitle>
      {correcting && <Alert style={{ marginBottom: 16 }} type="info" title="更正将作为新版本送审；审核通过前，已发布的原文保持不变，通过后在原网址替换，并公开显示更正说明和日期。" />}
      <Editor id={id} initial={initial} correcting={correcting} />
    </>
  );
}
