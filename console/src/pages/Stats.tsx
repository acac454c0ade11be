import { Alert, Button, Card, DatePicker, Select, Space, Spin, Statistic, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useQuery } from 'urql';
import { download } from '../api';
import { useMe } from '../session';
import { beijing } from '../time';
import { PageTitle, useAction } from '../ui';
import { DISCLOSURE_STATISTICS, UNITS, type StatCount } from '../queries/oversight';
import { StatChart, type ChartRow } from './oversight/StatChart';
import './oversight/oversight.css';

const monthRows = (rows: StatCount[]): ChartRow[] => {
  const years = new Set(rows.map((r) => r.key.slice(0, 4)));
  return rows.map((r) => ({ label: years.size > 1 ? `${r.key.slice(0, 4)}年${Number(r.key.slice(5, 7))}月` : `${Number(r.key.slice(5, 7))}月`, count: r.count }));
};
const plain = (rows: StatCount[]): ChartRow[] => rows.map((r) => ({ label: r.label, count: r.count }));

/** 统计: the figures of the annual report on disclosure (政府信息公开工作年度报告), as charts with their numbers. */
export default function Stats(_: { params: Record<string, string> }) {
  const me = useMe();
  const allUnits = me.role === 'OVERSEER' || me.role === 'ADMIN';
  const thisYear = beijing(new Date()).year();
  const [year, setYear] = useState<number | null>(thisYear);
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const from = range ? range[0].format('YYYY-MM-DD') : `${year ?? thisYear}-01-01`;
  const to = range ? range[1].format('YYYY-MM-DD') : `${year ?? thisYear}-12-31`;
  const [{ data, fetching, error }] = useQuery({ query: DISCLOSURE_STATISTICS, variables: { from, to, unitCode }, requestPolicy: 'network-only' });
  const [{ data: unitData }] = useQuery({ query: UNITS, pause: !allUnits });
  const [act, busy] = useAction();
  const s = data?.disclosureStatistics;

  const csv = () => {
    const params = new URLSearchParams({ from, to });
    if (unitCode) params.set('unit', unitCode);
    return act(() => download(`/stats/disclosure.csv?${params}`, `disclosure-${from}-${to}.csv`), '已开始下载');
  };

  return (
    <>
      <PageTitle>统计</PageTitle>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Space wrap align="center">
            <Select aria-label="统计年度" style={{ width: 140 }} value={range ? 'range' : year} onChange={(v) => { if (v !== 'range') { setYear(Number(v)); setRange(null); } }}
              options={[...Array.from({ length: 6 }, (_, i) => ({ value: thisYear - i, label: `${thisYear - i} 年` })), ...(range ? [{ value: 'range', label: '自定义期间' }] : [])]} />
            <DatePicker.RangePicker aria-label="自定义期间" value={range} placeholder={['起始日期', '截止日期']} format="YYYY-MM-DD" onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)} />
            {allUnits && (
              <Select aria-label="单位" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部单位" style={{ width: 220 }} value={unitCode ?? undefined}
                onChange={(v) => setUnitCode(v ?? null)} options={(unitData?.units ?? []).map((u) => ({ value: u.code, label: u.name }))} />
            )}
            <Button loading={busy} onClick={() => void csv()}>下载 CSV</Button>
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
            {allUnits ? '' : `只统计本单位（${me.unit.name}）。`}主动公开数按内容在任一渠道首次发布的日期（北京时间）计入；撤回的内容仍计入发布当期。
          </Typography.Paragraph>
        </Card>
        {error && <Alert type="error" title="统计加载失败：请检查期间（截止日期不能早于起始日期，最长十年）后重试。" />}
        {fetching && !s && <Spin description="正在统计" />}
        {s && (
          <>
            <Card>
              <section aria-label="统计摘要">
                <Space wrap size={[48, 16]}>
                  <Statistic title="主动公开信息数" value={s.published} suffix="条" />
                  <Statistic title="审核通过" value={s.reviews.approved} suffix="次" />
                  <Statistic title="审核退回" value={s.reviews.rejected} suffix="次" />
                  <Statistic title="审核用时中位数" value={s.reviews.medianReviewHours === null ? '—' : s.reviews.medianReviewHours.toFixed(1)} suffix={s.reviews.medianReviewHours === null ? '' : '小时'} />
                  <Statistic title="发布失败" value={s.publicationFailures} suffix="次" />
                  <Statistic title="撤回" value={s.retractions} suffix="条" />
                </Space>
                {s.failuresByChannel.length > 0 && (
                  <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
                    发布失败按渠道：{s.failuresByChannel.map((r) => `${r.label} ${r.count} 次`).join('，')}（已自动重试仍失败的发布）。
                  </Typography.Paragraph>
                )}
              </section>
            </Card>
            <div className="stat-grid">
              <Card><StatChart title="按月主动公开" kind="bar" rows={monthRows(s.byMonth)} /></Card>
              <Card><StatChart title="按栏目" kind="bar" rows={plain(s.byCategory)} /></Card>
              <Card><StatChart title="按发布渠道" kind="pie" rows={plain(s.byChannel)} /></Card>
              <Card><StatChart title="按单位" kind="bar" rows={plain(s.byUnit)} /></Card>
            </div>
          </>
        )}
      </Space>
    </>
  );
}
