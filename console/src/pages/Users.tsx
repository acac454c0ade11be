import { Typography } from 'antd';

export default function Users(_: { params: Record<string, string> }) {
  return <Typography.Title level={1}>建设中</Typography.Title>;
}
