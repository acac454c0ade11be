import { Typography } from 'antd';

export default function Categories(_: { params: Record<string, string> }) {
  return <Typography.Title level={1}>建设中</Typography.Title>;
}
