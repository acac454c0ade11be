import { Space } from 'antd';
import { PageTitle } from '../ui';
import { AuditIntegrity } from './oversight/AuditIntegrity';
import { AuditTrail } from './oversight/AuditTrail';
import './oversight/oversight.css';

/** 审计: who did what and when, exported as filtered; and the proof that nobody has rewritten it since. */
export default function Audit(_: { params: Record<string, string> }) {
  return (
    <>
      <PageTitle>审计</PageTitle>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <AuditTrail />
        <AuditIntegrity />
      </Space>
    </>
  );
}
