import { Alert, Button, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { run } from '../api';
import { INSPECTION_SEVERITY, label, TONE } from '../labels';
import { follow, href } from '../router';
import { useMe } from '../session';
import { fmt } from '../time';
import { PageTitle, useAction } from '../ui';
import { INSPECTION_REPORT, INSPECTION_REPORTS, RUN_INSPECTION, UNITS, type InspectionFinding, type InspectionReport } from '../queries/oversight';
import { actorLabel, INSPECTION_TRIGGER } from './oversight/labels';
import './oversight/oversight.css';

const SEVERITY_COLOR: Record<string, string> = { VETO: TONE.red, WARN: TONE.orange, INFO: TONE.blue };
const SEVERITY_ORDER = ['VETO', 'WARN', 'INFO'] as const;
/** Findings about the portal's shared catalogue belong to no unit. */
const SITE = '__site__';

const reportLabel = (r: InspectionReport) =>
  `${fmt(r.runAt)}（${r.trigger === 'MANUAL' ? `${actorLabel(r.requestedBy)}手动巡查` : label(INSPECTION_TRIGGER, r.trigger)}，单项否决 ${r.counts.veto} 项，警示 ${r.counts.warn} 项，提示 ${r.counts.info} 项）`;

/** How long: the rule's own figure (days silent, working hours waited), when it has one. */
function duration(f: InspectionFinding): string {
  const d = f.details;
  if (typeof d.days === 'number') return `${d.days} 天`;
  if (typeof d.daysLeft === 'number') return d.daysLeft < 0 ? `逾期 ${-d.daysLeft} 个工作日` : `剩 ${d.daysLeft} 个工作日`;
  if (typeof d.workingHours === 'number') return `${d.workingHours} 个工作小时`;
  if (typeof d.lastPublishedAt === 'string') return `最近更新 ${fmt(d.lastPublishedAt, 'YYYY-MM-DD')}`;
  return '—';
}

interface UnitRow { key: string; name: string; veto: number; warn: number; info: number }

/** 巡查: the daily inspection's reports, unit by unit, with the findings to act on, and a run on demand. */
export default function Inspection(_: { params: Record<string, string> }) {
  const me = useMe();
  const [{ data: list, fetching: listing, error: listError }, refetchList] = useQuery({ query: INSPECTION_REPORTS, variables: { first: 30, after: null }, requestPolicy: 'network-only' });
  const reports = list?.inspectionReports.edges.map((e) => e.node) ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const reportId = chosen ?? reports[0]?.id ?? null;
  const [{ data, fetching }] = useQuery({ query: INSPECTION_REPORT, variables: { id: reportId ?? '' }, pause: !reportId, requestPolicy: 'network-only' });
  const [{ data: unitData }] = useQuery({ query: UNITS });
  const unitName = useMemo(() => new Map((unitData?.units ?? []).map((u) => [u.code, u.name])), [unitData]);
  const nameOf = (code: string | null) => (code ? unitName.get(code) ?? code : '门户网站（全站）');

  const [unit, setUnit] = useState<string | null>(null);
  const [rule, setRule] = useState<string | null>(null);
  const [severity, setSeverity] = useState<string | null>(null);
  const [act, busy] = useAction();

  const findings = data?.inspectionReport?.findings ?? [];
  const byUnit = useMemo(() => {
    const rows = new Map<string, UnitRow>();
    for (const f of findings) {
      const key = f.unitCode ?? SITE;
      const row = rows.get(key) ?? { key, name: nameOf(f.unitCode), veto: 0, warn: 0, info: 0 };
      row[f.severity.toLowerCase() as 'veto' | 'warn' | 'info']++;
      rows.set(key, row);
    }
    return [...rows.values()].sort((a, b) => b.veto - a.veto || b.warn - a.warn || a.name.localeCompare(b.name, 'zh'));
  }, [findings, unitName]);
  const rules = useMemo(() => [...new Map(findings.map((f) => [f.rule, f.ruleTitle])).entries()].map(([value, text]) => ({ value, label: text })), [findings]);
  const shown = findings
    .filter((f) => (!unit || (f.unitCode ?? SITE) === unit) && (!rule || f.rule === rule) && (!severity || f.severity === severity))
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));

  const runNow = () => act(async () => {
    const done = await run(RUN_INSPECTION, {});
    setChosen(done.runInspection.id);
    setUnit(null); setRule(null); setSeverity(null);
    refetchList({ requestPolicy: 'network-only' });
  }, '巡查完成');

  return (
    <>
      <PageTitle>巡查</PageTitle>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Space wrap align="center">
            <Button type="primary" loading={busy} onClick={() => void runNow()}>立即巡查</Button>
            <Select aria-label="巡查报告" style={{ width: 560, maxWidth: 'calc(100vw - 72px)' }} loading={listing} value={reportId ?? undefined} placeholder="尚无巡查报告"
              onChange={(id) => { setChosen(id); setUnit(null); setRule(null); setSeverity(null); }}
              options={reports.map((r) => ({ value: r.id, label: reportLabel(r) }))} />
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
            系统每个工作日自动巡查一次：政务新媒体账号长期未更新、栏目长期未更新、空白栏目、发布失败、审核超时、依申请公开和网民留言逾期等。
            {me.role === 'ADMIN'
              ? <>巡查标准（如账号多少天未更新算“长期”）在<a href={href('/settings')} onClick={follow('/settings')}>设置</a>中调整。</>
              : '巡查标准由系统管理员在“设置”中调整。'}
          </Typography.Paragraph>
          {listError && <Alert type="error" title="巡查报告加载失败，请刷新重试。" style={{ marginTop: 12 }} />}
        </Card>

        {!reportId && !listing && <Card><Empty description="还没有巡查报告，点“立即巡查”生成第一份。" /></Card>}

        {reportId && (
          <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>各单位问题汇总</Typography.Title>}>
            <Table<UnitRow>
              rowKey="key" size="small" pagination={false} loading={fetching} dataSource={byUnit} aria-label="各单位问题汇总"
              locale={{ emptyText: '本次巡查未发现问题' }}
              columns={[
                { title: '单位', key: 'name', render: (_, r) => <Button type="link" style={{ padding: 0 }} aria-pressed={unit === r.key} onClick={() => setUnit(unit === r.key ? null : r.key)}>{r.name}</Button> },
                { title: '单项否决', dataIndex: 'veto', width: 110 },
                { title: '警示', dataIndex: 'warn', width: 110 },
                { title: '提示', dataIndex: 'info', width: 110 },
              ]}
            />
          </Card>
        )}

        {reportId && (
          <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>问题清单</Typography.Title>}>
            <Space wrap style={{ marginBottom: 12 }}>
              <Select aria-label="按单位筛选" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部单位" style={{ width: 200 }} value={unit ?? undefined} onChange={(v) => setUnit(v ?? null)}
                options={byUnit.map((r) => ({ value: r.key, label: r.name }))} />
              <Select aria-label="按问题类型筛选" allowClear placeholder="全部问题类型" style={{ width: 240 }} value={rule ?? undefined} onChange={(v) => setRule(v ?? null)} options={rules} />
              <Select aria-label="按级别筛选" allowClear placeholder="全部级别" style={{ width: 140 }} value={severity ?? undefined} onChange={(v) => setSeverity(v ?? null)}
                options={SEVERITY_ORDER.map((s) => ({ value: s, label: label(INSPECTION_SEVERITY, s) }))} />
              <Typography.Text type="secondary">共 {shown.length} 项</Typography.Text>
            </Space>
            <Table<InspectionFinding>
              rowKey={(f) => `${f.rule}:${f.targetType}:${f.targetId}`} size="small" loading={fetching} dataSource={shown} aria-label="问题清单"
              pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
              locale={{ emptyText: '没有符合条件的问题' }}
              scroll={{ x: 860 }}
              columns={[
                { title: '级别', key: 'severity', width: 100, render: (_, f) => <Tag color={SEVERITY_COLOR[f.severity]}>{label(INSPECTION_SEVERITY, f.severity)}</Tag> },
                { title: '问题', dataIndex: 'ruleTitle', width: 200 },
                { title: '单位', key: 'unit', width: 150, render: (_, f) => nameOf(f.unitCode) },
                { title: '情况', dataIndex: 'message' },
                { title: '时长', key: 'duration', width: 140, render: (_, f) => duration(f) },
              ]}
            />
          </Card>
        )}
      </Space>
    </>
  );
}
