import { Alert, Card, Tag } from 'antd';
import { useQuery } from 'urql';
import { label } from '../../labels';
import { CONTENT_TRANSLATION } from '../../queries/translations';
import { FindingTable } from '../../ui';
import { TRANSLATION_STATUS } from './labels';
import { MongolianText } from './MongolianText';

/** On the review page: the item's Mongolian version, reviewed with it (its blocking findings block the approval too). */
export function MongolianReview({ contentId }: { contentId: string }) {
  const [{ data }] = useQuery({ query: CONTENT_TRANSLATION, variables: { id: contentId }, requestPolicy: 'network-only' });
  const mn = data?.content?.mongolian;
  if (!mn) return null;
  return (
    <Card title="蒙古文版本" extra={<Tag>{label(TRANSLATION_STATUS, mn.status)}</Tag>} style={{ marginTop: 16 }}>
      {mn.status === 'IN_REVIEW' && <Alert type="info" title="蒙古文版本与中文一并审核：通过本信息即同时通过译文；译文有阻断项时不能通过。" style={{ marginBottom: 12 }} />}
      <MongolianText title={mn.title} body={mn.body} label="蒙古文版本" />
      {mn.findings.length ? <FindingTable findings={mn.findings} caption="译文审查发现" /> : <p>译文审查未发现问题。</p>}
    </Card>
  );
}
