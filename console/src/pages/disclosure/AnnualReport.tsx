import { Alert, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { download, run } from '../../api';
import { follow, href } from '../../router';
import { useMe } from '../../session';
import { beijing } from '../../time';
import { PageTitle } from '../../ui';
import { ANNUAL_REPORT, DRAFT_REPORT, SAVE_ENTRIES, type ReportEntries, type ReportRow } from './api';
import { useStep } from './shared';
import './annualReport.css';

const COLUMNS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

/** Part three as 国办公开办函〔2021〕30号 prints it: three heading rows, the row labels indented by level, 7 figures. */
function ApplicationTable({ rows }: { rows: ReportRow[] }) {
  return (
    <div className="scroll-x" style={{ overflowX: 'auto' }}>
      <table className="official-table" aria-label="收到和处理政府信息公开申请情况">
        <thead>
          <tr>
            <th scope="col" rowSpan={3} style={{ minWidth: 280 }}>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>
            <th scope="colgroup" colSpan={7}>申请人情况</th>
          </tr>
          <tr>
            <th scope="col" rowSpan={2}>自然人</th>
            <th scope="colgroup" colSpan={5}>法人或其他组织</th>
            <th scope="col" rowSpan={2}>总计</th>
          </tr>
          <tr>{COLUMNS.map((c) => <th scope="col" key={c}>{c}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <th scope="row" style={{ paddingLeft: 8 + row.level * 20, fontWeight: row.level === 0 ? 600 : 400, textAlign: 'left' }}>{row.label}</th>
              {row.values.length ? row.values.map((v, j) => <td key={j}>{v}</td>) : Array.from({ length: 7 }, (_, j) => <td key={j} />)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const num = (label: string, name: (string | number)[], decimals = 0) => (
  <Form.Item label={label} name={name} rules={[{ required: true, message: `请填写${label}` }]}>
    <InputNumber min={0} precision={decimals} style={{ width: '100%' }} />
  </Form.Item>
);

const OUTCOMES: [keyof ReportEntries['review'], string][] = [['upheld', '结果维持'], ['corrected', '结果纠正'], ['other', '其他结果'], ['pending', '尚未审结']];

function Outcomes({ name, title }: { name: 'review' | 'litigationDirect' | 'litigationAfterReview'; title: string }) {
  return (
    <fieldset className="entry-group">
      <legend>{title}</legend>
      <Row gutter={12}>{OUTCOMES.map(([key, text]) => <Col key={key} xs={12} md={6}>{num(text, [name, key])}</Col>)}</Row>
    </fieldset>
  );
}

function Regulation({ name, title }: { name: 'rules' | 'normativeDocuments'; title: string }) {
  return (
    <fieldset className="entry-group">
      <legend>{title}</legend>
      <Row gutter={12}>
        <Col xs={8}>{num('本年制发件数', [name, 'made'])}</Col>
        <Col xs={8}>{num('本年废止件数', [name, 'repealed'])}</Col>
        <Col xs={8}>{num('现行有效件数', [name, 'inForce'])}</Col>
      </Row>
    </fieldset>
  );
}

export default function AnnualReport(_: { params: Record<string, string> }) {
  const me = useMe();
  const today = beijing(new Date());
  const thisYear = today.year();
  // Reports are due by the end of March for the year before; after that, this year's figures are the ones growing.
  const [year, setYear] = useState(today.month() < 3 ? thisYear - 1 : thisYear);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ANNUAL_REPORT, variables: { year }, requestPolicy: 'network-only' });
  const [form] = Form.useForm<ReportEntries>();
  const [act, busy] = useStep();
  const report = data?.annualReport;
  const canEdit = me.role === 'EDITOR';
  useEffect(() => { if (report) form.setFieldsValue(report.entries); }, [report, form]);

  const save = async () => {
    const entries = await form.validateFields().catch(() => null);
    if (entries) await act(() => run(SAVE_ENTRIES, { year, entries }), '已保存');
  };
  const draft = async () => {
    if (await act(() => run(DRAFT_REPORT, { year }), '已生成年报草稿，请在内容中提交审核')) refetch({ requestPolicy: 'network-only' });
  };
  const docx = () => void act(() => download(`/reports/annual/${year}.docx`, `${report?.title ?? `${year}年政府信息公开工作年度报告`}.docx`), '已开始下载');

  return (
    <>
      <PageTitle>政府信息公开工作年度报告</PageTitle>
      <Space wrap style={{ marginBottom: 16 }}>
        <span id="report-year">年度</span>
        <Radio.Group aria-labelledby="report-year" optionType="button" value={year} onChange={(e) => setYear(e.target.value as number)}
          options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y}年` }))} />
        <Button onClick={docx} disabled={!report}>下载 DOCX</Button>
        {canEdit && <Button onClick={() => void draft()} loading={busy} disabled={!report}>生成年报草稿</Button>}
        {report?.contentId && <a href={href(`/contents/${report.contentId}`)} onClick={follow(`/contents/${report.contentId}`)}>查看年报草稿</a>}
      </Space>
      {error && <Alert type="error" title="加载失败，请刷新重试。" />}
      {!report && fetching && <Spin description="正在加载" />}
      {report && (
        <>
          <Typography.Title level={2} style={{ fontSize: 18 }}>{report.title}</Typography.Title>
          <Form form={form} layout="vertical" disabled={!canEdit} initialValues={report.entries}>
            <Card title="一、总体情况" style={{ marginBottom: 16 }}>
              <Form.Item label="总体情况" name="overview"><Input.TextArea rows={6} maxLength={20000} /></Form.Item>
            </Card>
            <Card title="二、主动公开政府信息情况" style={{ marginBottom: 16 }}>
              <Regulation name="rules" title="规章" />
              <Regulation name="normativeDocuments" title="行政规范性文件" />
              <Row gutter={12}>
                <Col xs={12} md={6}>{num('行政许可（本年处理决定数量）', ['licensing'])}</Col>
                <Col xs={12} md={6}>{num('行政处罚（本年处理决定数量）', ['penalties'])}</Col>
                <Col xs={12} md={6}>{num('行政强制（本年处理决定数量）', ['enforcement'])}</Col>
                <Col xs={12} md={6}>{num('行政事业性收费（万元）', ['feesTenThousandYuan'], 2)}</Col>
              </Row>
            </Card>
            <Card title="三、收到和处理政府信息公开申请情况（按办理记录统计）" style={{ marginBottom: 16 }}>
              <ApplicationTable rows={report.applications} />
            </Card>
            <Card title="四、政府信息公开行政复议、行政诉讼情况" style={{ marginBottom: 16 }}>
              <Outcomes name="review" title="行政复议" />
              <Outcomes name="litigationDirect" title="行政诉讼：未经复议直接起诉" />
              <Outcomes name="litigationAfterReview" title="行政诉讼：复议后起诉" />
            </Card>
            <Card title="五、存在的主要问题及改进情况" style={{ marginBottom: 16 }}>
              <Form.Item label="存在的主要问题及改进情况" name="problems"><Input.TextArea rows={5} maxLength={20000} /></Form.Item>
            </Card>
            <Card title="六、其他需要报告的事项" style={{ marginBottom: 16 }}>
              <Form.Item label="其他需要报告的事项" name="otherMatters"><Input.TextArea rows={4} maxLength={20000} /></Form.Item>
            </Card>
          </Form>
          {canEdit && <Button type="primary" loading={busy} onClick={() => void save()}>保存</Button>}
        </>
      )}
    </>
  );
}
