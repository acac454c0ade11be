import { Button, Result, Spin, Typography } from 'antd';
import { lazy, Suspense, useEffect, type ComponentType, type LazyExoticComponent } from 'react';
import { ChangePasswordButton, ForcedPasswordChange } from './pages/ChangePassword';
import { Login } from './pages/Login';
import { NAV, navFor } from './nav';
import { follow, href, match, navigate, useLocation } from './router';
import { useSession } from './session';
import { label, ROLE } from './labels';

type Page = LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;

// Route-level code splitting: a screen's code (and its editor or chart library) loads when it is opened.
const routes: [string, Page][] = [
  ['/contents', lazy(() => import('./pages/Contents'))],
  ['/contents/new', lazy(() => import('./pages/ContentForm'))],
  ['/contents/:id/edit', lazy(() => import('./pages/ContentForm'))],
  ['/contents/:id/correct', lazy(() => import('./pages/CorrectionForm'))],
  ['/contents/:id', lazy(() => import('./pages/ContentPage'))],
  ['/review', lazy(() => import('./pages/ReviewQueue'))],
  ['/review/:id', lazy(() => import('./pages/ReviewPage'))],
  ['/disclosure', lazy(() => import('./pages/disclosure/Applications'))],
  ['/disclosure/:id', lazy(() => import('./pages/disclosure/ApplicationPage'))],
  ['/messages', lazy(() => import('./pages/disclosure/Messages'))],
  ['/messages/:id', lazy(() => import('./pages/disclosure/MessagePage'))],
  ['/annual-report', lazy(() => import('./pages/disclosure/AnnualReport'))],
  ['/calendar', lazy(() => import('./pages/Calendar'))],
  ['/accounts', lazy(() => import('./pages/Accounts'))],
  ['/audit', lazy(() => import('./pages/Audit'))],
  ['/inspection', lazy(() => import('./pages/Inspection'))],
  ['/stats', lazy(() => import('./pages/Stats'))],
  ['/users', lazy(() => import('./pages/Users'))],
  ['/categories', lazy(() => import('./pages/Categories'))],
  ['/settings', lazy(() => import('./pages/Settings'))],
  ['/translations', lazy(() => import('./pages/translations/Translations'))],
  ['/translations/:id', lazy(() => import('./pages/translations/TranslationEdit'))],
];

function resolve(path: string): [Page, Record<string, string>] | null {
  for (const [pattern, page] of routes) {
    const params = match(pattern, path);
    if (params) return [page, params];
  }
  return null;
}

export function App() {
  const { me, loading, signOut } = useSession();
  const { path } = useLocation();
  const nav = me ? navFor(me.role) : [];

  useEffect(() => {
    // The start page, or a screen of another role (e.g. left in the address bar by the previous user): go to one's own.
    const section = NAV.find((n) => path === n.path || path.startsWith(`${n.path}/`));
    const foreign = section && !nav.includes(section) && !(section.path === '/contents' && path !== '/contents' && path !== '/contents/new');
    if (me && (path === '/' || foreign) && nav[0]) navigate(nav[0].path, true);
  }, [me, path, nav]);

  useEffect(() => {
    const item = nav.find((n) => path === n.path || path.startsWith(`${n.path}/`));
    document.title = item ? `${item.label} - 统发工作台` : '统发工作台';
  }, [nav, path]);

  if (loading) return <Spin fullscreen description="正在加载" />;
  if (!me) return <Login />;
  if (me.mustChangePassword) return <ForcedPasswordChange />;

  const found = resolve(path);
  const Page = found?.[0];
  return (
    <div className="shell">
      <a className="skip" href="#main">跳过导航</a>
      <nav className="shell-nav" aria-label="主导航">
        <div className="brand">统发工作台</div>
        <ul>
          {nav.map((item) => (
            <li key={item.path}>
              <a href={href(item.path)} onClick={follow(item.path)} aria-current={path === item.path || path.startsWith(`${item.path}/`) ? 'page' : undefined}>{item.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="shell-main">
        <header className="shell-header">
          <Typography.Text>
            <span>{me.displayName || me.username}</span>（{label(ROLE, me.role)}）· <span>{me.unit.name}</span>
          </Typography.Text>
          <ChangePasswordButton />
          <Button onClick={() => void signOut()}>退出</Button>
        </header>
        <main id="main" className="shell-content">
          <Suspense fallback={<Spin description="正在加载" />}>
            {Page ? <Page params={found![1]} /> : path === '/' ? null : <Result status="404" title="页面不存在" extra={<a href={href('/')} onClick={follow('/')}>返回首页</a>} />}
          </Suspense>
        </main>
      </div>
    </div>
  );
}
