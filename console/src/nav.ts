import type { Me } from './session';

type Role = Me['role'];

export interface NavItem {
  label: string;
  path: string;
  roles: Role[];
}

/** The contract's navigation names, each shown to the roles that can use the screen behind it. */
export const NAV: NavItem[] = [
  { label: '内容', path: '/contents', roles: ['EDITOR', 'REVIEWER', 'OVERSEER', 'ADMIN'] },
  { label: '审核', path: '/review', roles: ['REVIEWER'] },
  { label: '翻译', path: '/translations', roles: ['EDITOR', 'REVIEWER', 'ADMIN'] },
  { label: '依申请公开', path: '/disclosure', roles: ['EDITOR', 'OVERSEER', 'ADMIN'] },
  { label: '网民留言', path: '/messages', roles: ['EDITOR', 'OVERSEER', 'ADMIN'] },
  { label: '年报', path: '/annual-report', roles: ['EDITOR', 'OVERSEER'] },
  { label: '发布日历', path: '/calendar', roles: ['EDITOR', 'REVIEWER', 'CHANNEL_ADMIN', 'OVERSEER', 'ADMIN'] },
  { label: '渠道账号', path: '/accounts', roles: ['CHANNEL_ADMIN', 'ADMIN'] },
  { label: '审计', path: '/audit', roles: ['OVERSEER', 'ADMIN'] },
  { label: '巡查', path: '/inspection', roles: ['OVERSEER', 'CHANNEL_ADMIN', 'ADMIN'] },
  { label: '统计', path: '/stats', roles: ['EDITOR', 'REVIEWER', 'CHANNEL_ADMIN', 'OVERSEER', 'ADMIN'] },
  { label: '用户', path: '/users', roles: ['ADMIN'] },
  { label: '栏目', path: '/categories', roles: ['ADMIN'] },
  { label: '设置', path: '/settings', roles: ['ADMIN'] },
];

export const navFor = (role: Role): NavItem[] => NAV.filter((item) => item.roles.includes(role));
