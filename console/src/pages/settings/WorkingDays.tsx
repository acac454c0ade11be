import { Button, DatePicker, Form, Input, Popconfirm, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useQuery } from 'urql';
import { run } from '../../api';
import { TONE } from '../../labels';
import { CALENDAR_DAYS, REMOVE_CALENDAR_DAY, SET_CALENDAR_DAY, type CalendarDayRow } from '../../queries/admin';
import { beijing, fmt } from '../../time';
import { useAction } from '../../ui';
import { byWhom } from './shared';

const KIND = { HOLIDAY: '节假日', WORKDAY: '调休上班' } as const;
const WEEKDAY = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

interface DayValues { date: Dayjs; kind: 'HOLIDAY' | 'WORKDAY'; name: string }

/** 工作日: Monday to Friday, except the holidays and make-up working days (调休) entered here for each year. */
export default function WorkingDays() {
  const thisYear = beijing(new Date()).year();
  const [year, setYear] = useState(thisYear);
  const [{ data, fetching }, refetch] = useQuery({ query: CALENDAR_DAYS, variables: { from: `${year}-01-01`, to: `${year}-12-31` }, requestPolicy: 'network-only' });
  const [act, busy] = useAction();
  const [form] = Form.useForm<DayValues>();
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const add = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const date = v.date.format('YYYY-MM-DD');
    if (await act(() => run(SET_CALENDAR_DAY, { date, kind: v.kind, name: v.name.trim() }), `${date} 已设为${KIND[v.kind]}`)) {
      form.resetFields(['date', 'name']);
      const saved = v.date.year();
      if (saved !== year) setYear(saved);
      else reload();
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">
        审核时限、办事条件变更时限等按工作日计算：星期一至星期五为工作日，此处登记法定节假日和周末调休上班日。每年国务院办公厅发布放假安排后请及时录入。
      </Typography.Paragraph>
      <Form form={form} layout="inline" initialValues={{ kind: 'HOLIDAY' }} style={{ marginBottom: 16, rowGap: 8 }} onFinish={() => void add()}>
        <Form.Item label="日期" name="date" rules={[{ required: true, message: '请选择日期' }]}><DatePicker format="YYYY-MM-DD" placeholder="选择日期" style={{ width: 170 }} /></Form.Item>
        <Form.Item label="类型" name="kind">
          <Radio.Group options={[{ value: 'HOLIDAY', label: KIND.HOLIDAY }, { value: 'WORKDAY', label: KIND.WORKDAY }]} />
        </Form.Item>
        <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写名称，如 国庆节' }]}><Input placeholder="如 国庆节" style={{ width: 160 }} /></Form.Item>
        <Form.Item><Button type="primary" htmlType="submit" loading={busy}>添加</Button></Form.Item>
      </Form>
      <Space style={{ marginBottom: 12 }}>
        <Select aria-label="年份" value={year} onChange={setYear} style={{ width: 120 }} options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({ value: y, label: `${y} 年` }))} />
      </Space>
      <Table<CalendarDayRow>
        rowKey="date" loading={fetching} dataSource={data?.calendarDays ?? []} pagination={false} size="small" locale={{ emptyText: `${year} 年尚未登记节假日` }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 130 },
          { title: '星期', key: 'weekday', width: 90, render: (_, d) => WEEKDAY[new Date(`${d.date}T00:00:00Z`).getUTCDay()] },
          { title: '类型', key: 'kind', width: 110, render: (_, d) => <Tag color={d.kind === 'HOLIDAY' ? TONE.red : TONE.blue}>{KIND[d.kind]}</Tag> },
          { title: '名称', dataIndex: 'name' },
          { title: '登记人', key: 'by', width: 110, render: (_, d) => byWhom(d.updatedBy) },
          { title: '登记时间', key: 'at', width: 150, render: (_, d) => fmt(d.updatedAt) },
          { title: '操作', key: 'ops', width: 90, render: (_, d) => (
            <Popconfirm title={`删除 ${d.date}「${d.name}」？该日恢复按星期计算`} okText="确定" cancelText="取消"
              onConfirm={() => void act(() => run(REMOVE_CALENDAR_DAY, { date: d.date }), '已删除').then(reload)}>
              <Button size="small" aria-label={`删除 ${d.date}`}>删除</Button>
            </Popconfirm>
          ) },
        ]}
      />
    </>
  );
}
