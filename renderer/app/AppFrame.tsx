import { Layout, Menu, Space, Spin, Tag } from 'antd';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isBrowserMode } from '../lib/api';
import { useStore } from '../store';
import { FEATURES } from './features';
import { pageOf } from './routes';

const MENU = FEATURES.flatMap((feature) => (feature.menu ? [feature.menu] : []));
const HEADER = FEATURES.flatMap((feature) => (feature.header ? [feature.header] : []));
const OVERLAYS = FEATURES.flatMap((feature) => (feature.overlay ? [feature.overlay] : []));

export function AppFrame() {
  const { t } = useTranslation();
  const route = useStore((s) => s.route);
  const navigate = useStore((s) => s.navigate);
  const syncRoute = useStore((s) => s.syncRouteFromLocation);

  useEffect(() => {
    window.addEventListener('popstate', syncRoute);
    return () => window.removeEventListener('popstate', syncRoute);
  }, [syncRoute]);

  const page = pageOf(route);
  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider width={176} theme="dark">
        <div style={{ padding: '14px 16px 10px', color: '#fff' }}>
          <div style={{ fontWeight: 600, fontSize: 16, letterSpacing: 0.3 }}>{t('app.name')}</div>
          <div style={{ fontSize: 12, color: 'rgba(255,255,255,0.6)' }}>{t('app.tagline')}</div>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          aria-label={t('nav.menu')}
          selectedKeys={[page.section]}
          items={MENU.map((entry) => ({ key: entry.key, icon: entry.icon, label: t(entry.label) }))}
          onClick={({ key }) => {
            const entry = MENU.find((e) => e.key === key);
            if (entry) navigate(entry.route);
          }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            borderBottom: '1px solid #e8e8e8',
          }}
        >
          <Space size="middle">
            {isBrowserMode() && <Tag>{t('app.browserMode')}</Tag>}
            {HEADER.map((Widget, i) => (
              <Widget key={i} />
            ))}
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16, overflow: page.fillsFrame ? 'hidden' : 'auto', minHeight: 0 }}>
          {/* Each page is its own chunk: the first visit waits for its code, under a labelled spinner. */}
          <Suspense
            fallback={
              <div
                role="status"
                aria-busy="true"
                aria-label={t('app.loading')}
                style={{ padding: 48, textAlign: 'center' }}
              >
                <Spin />
              </div>
            }
          >
            {page.render(route)}
          </Suspense>
        </Layout.Content>
      </Layout>
      {OVERLAYS.map((Overlay, i) => (
        <Overlay key={i} />
      ))}
    </Layout>
  );
}
