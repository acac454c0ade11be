import { Card, Spin, Tabs } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { PageTitle } from '../ui';

const Units = lazy(() => import('./settings/Units'));
const WorkingDays = lazy(() => import('./settings/WorkingDays'));
const InspectionSettings = lazy(() => import('./settings/InspectionSettings'));
const SiteSettings = lazy(() => import('./settings/SiteSettings'));
const Synonyms = lazy(() => import('./settings/Synonyms'));
const Wording = lazy(() => import('./settings/Wording'));

const TABS = [
  { key: 'units', label: '单位', Page: Units },
  { key: 'calendar', label: '工作日', Page: WorkingDays },
  { key: 'inspection', label: '巡查设置', Page: InspectionSettings },
  { key: 'site', label: '网站设置', Page: SiteSettings },
  { key: 'synonyms', label: '同义词', Page: Synonyms },
  { key: 'wording', label: '文字关词库', Page: Wording },
];

export default function Settings(_: { params: Record<string, string> }) {
  const [active, setActive] = useState('units');
  return (
    <>
      <PageTitle>设置</PageTitle>
      <Card>
        <Tabs
          activeKey={active}
          onChange={setActive}
          destroyOnHidden
          items={TABS.map(({ key, label, Page }) => ({ key, label, children: <Suspense fallback={<Spin description="正在加载" />}><Page /></Suspense> }))}
        />
      </Card>
    </>
  );
}
