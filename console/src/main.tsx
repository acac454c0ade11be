import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { client } from './api';
import { App } from './App';
import { keepScrollRegionsFocusable } from './scrollRegions';
import { SessionProvider } from './session';
import './styles.css';
import './time';

// System fonts only: the console must work on an intranet with no font server.
const theme = {
  token: {
    fontFamily: '-apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif',
    colorPrimary: '#b01f24',
    colorError: '#a8071a',
    colorLink: '#0b57a4',
    colorTextDescription: 'rgba(0,0,0,0.65)',
    colorTextTertiary: 'rgba(0,0,0,0.6)',
    colorTextPlaceholder: 'rgba(0,0,0,0.55)',
  },
};

const root = document.getElementById('root')!;
keepScrollRegionsFocusable(root);

createRoot(root).render(
  <StrictMode>
    {/* No space inside two-character buttons (登录, not 登 录): accessible names must read as written. */}
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <Provider value={client}>
          <SessionProvider>
            <App />
          </SessionProvider>
        </Provider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
