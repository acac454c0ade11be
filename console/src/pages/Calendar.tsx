import { Alert, Button, Card, Popconfirm, Segmented, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { run } from '../api';
import { ScheduleButton } from '../dialogs';
import { EmptyNote } from '../empty';
import { useChannels } from '../channelNames';
import { TONE } from '../labels';
import { CANCEL_SCHEDULE, PUBLISH_CONTENT } from '../queries';
import { RELEASE_CALENDAR, type CalendarRelease } from '../queries/channelAdmin';
import { follow, href } from '../router';
import { useMe } from '../session';
import { dayjs, fmt } from '../time';
import { PageTitle, useAction } from '../ui';
import { dayOf, periodOf, shift, today, type View } from './calendar/period';
import './calendar/calendar.css';

/** One colour per channel, dark enough for text on a light tint; the channel's name is always written too. */
const CHANNEL_COLOR: Record<string, string> = { PORTAL: TONE.blue, WECHAT: TONE.green, WEIBO: TONE.red, APP: TONE.purple };
const colorOf = (channel: string) => CHANNEL_COLOR[channel] ?? TONE.orange;
const WEEKDAYS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

function Entry({ e, nameOf }: { e: CalendarRelease; nameOf: (kind: string) => string }) {
  const to = `/contents/${e.contentId}`;
  const status = e.status === 'PUBLISHED' ? '已发布' : e.status === 'PUBLISHING' ? '发布中' : '待发布';
  return (
    <li className="cal-entry" style={{ borderLeftColor: colorOf(e.channel) }}>
      <a href={href(to)} onClick={follow(to)}>
        <span className="cal-time">{fmt(e.at, 'HH:mm')}</span> {e.title}
      </a>
      <span className="cal-meta">{nameOf(e.channel)}{e.accountName ? `·${e.accountName}` : ''}·{status}{e.wechatMode === 'MASS_SEND' ? '·群发' : ''}</span>
    </li>
  );
}

function Grid({ days, anchor, view, entries, nameOf }: { days: string[]; anchor: string; view: View; entries: CalendarRelease[]; nameOf: (kind: string) => string }) {
  const byDay = useMemo(() => {
    const map = new Map<string, CalendarRelease[]>();
    for (const e of entries) map.set(dayOf(e.at), [...(map.get(dayOf(e.at)) ?? []), e]);
    return map;
  }, [entries]);
  const month = dayjs(anchor).month();
  const now = today();
  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  return (
    <table className={`cal-table cal-${view}`}>
      <caption className="cal-caption">发布日历（北京时间）</caption>
      <thead><tr>{WEEKDAYS.map((d) => <th key={d} scope="col">{d}</th>)}</tr></thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const d = dayjs(day);
              const list = byDay.get(day) ?? [];
              const outside = view === 'month' && d.month() !== month;
              return (
                <td key={day} data-date={day} className={`${outside ? 'out' : ''} ${day === now ? 'today' : ''}`}>
                  <div className="cal-day">{d.date() === 1 || view === 'week' ? d.format('M月D日') : d.date()}{day === now ? '（今天）' : ''}</div>
                  {list.length > 0 && <ul aria-label={`${d.format('M月D日')}的发布`}>{list.map((e) => <Entry key={e.publicationId} e={e} nameOf={nameOf} />)}</ul>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The scheduled items of the period, one row each, with 改期 and 取消排期 for those who may publish. */
function Scheduled({ entries, canChange, onChanged, nameOf }: { entries: CalendarRelease[]; canChange: boolean; onChanged: () => void; nameOf: (kind: string) => string }) {
  const [act, busy] = useAction();
  const rows = useMemo(() => {
    const byContent = new Map<string, CalendarRelease & { channels: string[] }>();
    for (const e of entries.filter((x) => x.contentStatus === 'SCHEDULED')) {
      const row = byContent.get(e.contentId);
      if (row) row.channels = [...new Set([...row.channels, e.channel])];
      else byContent.set(e.contentId, { ...e, channels: [e.channel] });
    }
    return [...byContent.values()];
  }, [entries]);
  const then = async (action: () => Promise<unknown>, success: string) => {
    const ok = await act(action, success);
    if (ok) onChanged();
    return ok;
  };
  return (
    <Card title="待发布的排期" style={{ marginTop: 16 }}>
      <Table
        rowKey="contentId"
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: <EmptyNote>本期没有待发布的排期</EmptyNote> }}
        columns={[
          { title: '标题', key: 'title', render: (_, r) => <a href={href(`/contents/${r.contentId}`)} onClick={follow(`/contents/${r.contentId}`)}>{r.title}</a> },
          { title: '渠道', key: 'channels', width: 220, render: (_, r) => r.channels.map(nameOf).join('、') },
          { title: '发布时间（北京时间）', key: 'at', width: 180, render: (_, r) => fmt(r.at) },
          ...(canChange ? [{
            title: '操作', key: 'actions', width: 200,
            render: (_: unknown, r: CalendarRelease) => (
              <Space>
                <ScheduleButton label="改期" title={`改期：${r.title}`} initial={r.at} buttonLabel={`改期：${r.title}`}
                  onPick={(at) => then(() => run(PUBLISH_CONTENT, { id: r.contentId, at: at.toISOString() }), `已改到 ${fmt(at.toDate())} 发布`)} />
                <Popconfirm title={`取消「${r.title}」的定时发布？`} description="取消后内容回到“已通过”，不会发布。" okText="确定" cancelText="不取消"
                  onConfirm={() => then(() => run(CANCEL_SCHEDULE, { id: r.contentId }), '已取消排期')}>
                  <Button danger loading={busy} aria-label={`取消排期：${r.title}`}>取消排期</Button>
                </Popconfirm>
              </Space>
            ),
          }] : []),
        ]}
      />
    </Card>
  );
}

/** 群发 quota: a day (订阅号) or month (服务号) whose 群发 are all booked cannot take another. */
function QuotaWarnings({ entries }: { entries: CalendarRelease[] }) {
  const full = new Map<string, string>();
  for (const e of entries) {
    const q = e.massSendQuota;
    if (!q || q.used < q.limit) continue;
    const when = q.period === 'DAY' ? fmt(e.at, 'M月D日') : fmt(e.at, 'YYYY年M月');
    full.set(`${e.accountName}:${when}`, `公众号「${e.accountName ?? ''}」${when}的群发次数已用满（${q.used}/${q.limit}，${q.rule}），该${q.period === 'DAY' ? '日' : '月'}不能再安排群发，请改用“发布”或换个${q.period === 'DAY' ? '日期' : '月份'}。`);
  }
  if (full.size === 0) return null;
  return <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="微信群发次数提醒" description={<ul className="cal-quota-list">{[...full.values()].map((t) => <li key={t}>{t}</li>)}</ul>} />;
}

export default function Calendar(_: { params: Record<string, string> }) {
  const me = useMe();
  const [view, setView] = useState<View>('month');
  const [anchor, setAnchor] = useState(today);
  const [channel, setChannel] = useState<string | null>(null);
  const period = periodOf(view, anchor);
  const { channels, nameOf } = useChannels();
  const [{ data, fetching, error }, reload] = useQuery({ query: RELEASE_CALENDAR, variables: { from: period.from, to: period.to, channel }, requestPolicy: 'network-only' });
  const entries = data?.releaseCalendar ?? [];
  const kinds = channels.map((c) => c.kind);
  const unit = view === 'month' ? '月' : '周';

  return (
    <>
      <PageTitle>发布日历</PageTitle>
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Segmented<View> aria-label="视图" value={view} onChange={setView} options={[{ value: 'month', label: '月视图' }, { value: 'week', label: '周视图' }]} />
          <Button onClick={() => setAnchor(shift(view, anchor, -1))}>上一{unit}</Button>
          <Button onClick={() => setAnchor(today())}>今天</Button>
          <Button onClick={() => setAnchor(shift(view, anchor, 1))}>下一{unit}</Button>
          <strong aria-live="polite">{period.title}</strong>
          <Select aria-label="按渠道筛选" style={{ width: 160 }} value={channel ?? ''} onChange={(v) => setChannel(v || null)}
            options={[{ value: '', label: '全部渠道' }, ...kinds.map((k) => ({ value: k, label: nameOf(k) }))]} />
        </Space>
        <div className="cal-legend" aria-label="渠道图例">
          {kinds.map((k) => <Tag key={k} color={colorOf(k)}>{nameOf(k)}</Tag>)}
          <span>时间均为北京时间</span>
        </div>
        {error && <Alert type="error" showIcon message="日历加载失败，请刷新重试。" style={{ marginBottom: 12 }} />}
        <QuotaWarnings entries={entries} />
        <div aria-busy={fetching}>
          <Grid days={period.days} anchor={anchor} view={view} entries={entries} nameOf={nameOf} />
        </div>
      </Card>
      <Scheduled nameOf={nameOf} entries={entries} canChange={['EDITOR', 'REVIEWER', 'ADMIN'].includes(me.role)} onChanged={() => reload({ requestPolicy: 'network-only' })} />
    </>
  );
}
