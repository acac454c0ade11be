import { Alert, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useQuery } from 'urql';
import { run } from '../../api';
import { follow, href, navigate } from '../../router';
import { useMe } from '../../session';
import { PageTitle } from '../../ui';
import { APPLICATIONS, REGISTER, UNITS, type ListedApplication } from './api';
import { APPLICANT_TYPE, APPLICATION_STATUS, DELIVERY, ID_TYPES, options } from './labels';
import { Deadline, useStep, WorkStatus } from './shared';

interface Registration {
  source: string; receivedOn: Dayjs | null; applicantType: string; name: string; idType: string; idNumber: string; phone?: string;
  email?: string; address?: string; description: string; purpose?: string; deliveryForm: string; unitCode?: string;
}

/** 登记申请: letters and visits, entered by staff on the day they arrive. */
function RegisterButton() {
  const [open, setOpen] = useState(false);
  const [receipt, setReceipt] = useState<{ id: string; regNo: string; accessCode: string } | null>(null);
  const [form] = Form.useForm<Registration>();
  const [{ data: units }] = useQuery({ query: UNITS });
  const [act, busy] = useStep();
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { receivedOn, ...rest } = v;
    const input = { ...rest, receivedOn: receivedOn ? receivedOn.format('YYYY-MM-DD') : null };
    await act(async () => {
      const done = await run(REGISTER, { input });
      setReceipt({ id: done.registerApplication.application.id, regNo: done.registerApplication.application.regNo, accessCode: done.registerApplication.accessCode });
    }, '已登记');
  };
  const close = () => { setOpen(false); setReceipt(null); };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>登记申请</Button>
      <Modal title="登记申请（信函、当面）" open={open} width={720} destroyOnHidden onCancel={close}
        footer={receipt ? [<Button key="open" type="primary" onClick={() => navigate(`/disclosure/${receipt.id}`)}>查看申请</Button>, <Button key="close" onClick={close}>关闭</Button>]
          : [<Button key="cancel" onClick={close}>取消</Button>, <Button key="ok" type="primary" loading={busy} onClick={() => void submit()}>登记</Button>]}>
        {receipt ? (
          <Alert type="success" title={`登记号 ${receipt.regNo}`} description={`查询码 ${receipt.accessCode}（只显示这一次，请写入受理回执交申请人）`} />
        ) : (
          <Form form={form} layout="vertical" preserve={false} initialValues={{ source: 'POST', applicantType: 'natural_person', idType: '居民身份证', deliveryForm: 'POST' }}>
            <Space wrap>
              <Form.Item label="提出方式" name="source" rules={[{ required: true }]}><Select style={{ width: 160 }} options={[{ value: 'POST', label: '信函' }, { value: 'IN_PERSON', label: '当面提出' }, { value: 'FAX', label: '传真' }, { value: 'EMAIL', label: '电子邮件' }]} /></Form.Item>
              <Form.Item label="收到日期" name="receivedOn" extra="信函以签收日为准；不填为今天"><DatePicker format="YYYY-MM-DD" /></Form.Item>
              <Form.Item label="申请人类型" name="applicantType"><Select style={{ width: 160 }} options={options(APPLICANT_TYPE)} /></Form.Item>
            </Space>
            <Form.Item label="姓名或名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名或名称' }]}><Input maxLength={100} /></Form.Item>
            <Space wrap>
              <Form.Item label="证件类型" name="idType" rules={[{ required: true }]}><Select style={{ width: 220 }} options={ID_TYPES.map((v) => ({ value: v, label: v }))} /></Form.Item>
              <Form.Item label="证件号码" name="idNumber" rules={[{ required: true, whitespace: true, message: '请填写证件号码' }]}><Input maxLength={40} style={{ width: 260 }} /></Form.Item>
            </Space>
            <Space wrap>
              <Form.Item label="联系电话" name="phone"><Input maxLength={30} /></Form.Item>
              <Form.Item label="电子邮箱" name="email"><Input maxLength={200} /></Form.Item>
            </Space>
            <Form.Item label="通信地址" name="address"><Input maxLength={300} /></Form.Item>
            <Form.Item label="所需信息内容描述" name="description" rules={[{ required: true, whitespace: true, message: '请填写所需信息内容描述' }]}><Input.TextArea rows={3} maxLength={5000} /></Form.Item>
            <Form.Item label="用途" name="purpose"><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
            <Space wrap>
              <Form.Item label="获取信息的方式" name="deliveryForm"><Select style={{ width: 160 }} options={options(DELIVERY)} /></Form.Item>
              <Form.Item label="受理机关" name="unitCode" extra="不选为本单位"><Select allowClear style={{ width: 240 }} options={(units?.units ?? []).map((u) => ({ value: u.code, label: u.name }))} /></Form.Item>
            </Space>
          </Form>
        )}
      </Modal>
    </>
  );
}

export default function Applications(_: { params: Record<string, string> }) {
  const me = useMe();
  const [status, setStatus] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: APPLICATIONS, variables: { status: status ? [status] : null }, requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>依申请公开</PageTitle>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          {(me.role === 'EDITOR' || me.role === 'ADMIN') && <RegisterButton />}
          <Select aria-label="按状态筛选" style={{ width: 200 }} value={status ?? ''} onChange={(v) => setStatus(v || null)}
            options={[{ value: '', label: '全部状态' }, ...options(APPLICATION_STATUS)]} />
        </Space>
        {error && <Alert type="error" title="加载失败，请刷新重试。" style={{ marginBottom: 16 }} />}
        <Table<ListedApplication>
          rowKey="id"
          loading={fetching}
          dataSource={data?.disclosureApplications ?? []}
          locale={{ emptyText: '暂无申请' }}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          scroll={{ x: 860 }}
          columns={[
            { title: '登记号', dataIndex: 'regNo', width: 150, render: (t: string, a) => <a href={href(`/disclosure/${a.id}`)} onClick={follow(`/disclosure/${a.id}`)}>{t}</a> },
            { title: '申请人', dataIndex: 'applicantName' },
            { title: '收到日期', dataIndex: 'receivedOn', width: 120 },
            { title: '答复期限', key: 'due', width: 240, render: (_, a) => <Deadline dueOn={a.dueOn} daysLeft={a.daysLeft} /> },
            { title: '状态', key: 'status', width: 180, render: (_, a) => <WorkStatus status={a.status} text={a.statusLabel} /> },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>期限按工作日计，日期为北京时间。</Typography.Paragraph>
      </Card>
    </>
  );
}
