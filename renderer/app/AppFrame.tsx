import { DashboardOutlined, FileTextOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { ScheduleOutlined } from '@ant-design/icons';
import { SwapOutlined } from '@ant-design/icons';
import { BarChartOutlined, SendOutlined } from '@ant-design/icons';
import { Layout, Menu, Space, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseListPage } from '../features/caselist/CaseListPage';
import { CasePage } from '../features/cases/CasePage';
import { NewCaseDrawer } from '../features/cases/NewCaseDrawer';
import { CustomerListPage } from '../features/customers/CustomerListPage';
import { CustomerPage } from '../features/customers/CustomerPage';
import { DutyHeader } from '../features/duty/DutyHeader';
import { DutyPage } from '../features/duty/DutyPage';
import { AlertBell } from '../features/alerts/AlertBell';
import { NowPage } from '../features/dashboard/NowPage';
import { HandoverPage } from '../features/handover/HandoverPage';
import { HandoverView } from '../features/handover/HandoverView';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { SettingsPage } from '../features/settings/SettingsPage';
import { EscalationsPage } from '../features/escalations/EscalationsPage';
import { handoffSection, handoffSectionRoute } from '../features/escalations/sections';
import { NetworkStatus } from '../features/network/NetworkStatus';
import { EscalationReportPage } from '../features/reports/EscalationReportPage';
import { isBrowserMode } from '../lib/api';
import { useHotkey } from '../lib/use-hotkey';
import { useStore } from '../store';

/** Navigation sections; later sections (shifts, escalations, knowledge base, reports) join this list. */
const SECTIONS = [
  { key: 'now', icon: <DashboardOutlined />, label: 'dashboard.nav' },
  { key: 'cases', icon: <FileTextOutlined />, label: 'nav.cases' },
  { key: 'customers', icon: <TeamOutlined />, label: 'customers.nav' },
  { key: 'duty', icon: <ScheduleOutlined />, label: 'duty.nav' },
  { key: 'handover', icon: <SwapOutlined />, label: 'handover.nav' },
  { key: 'escalations', icon: <SendOutlined />, label: 'escalationList.nav' },
  { key: 'reports', icon: <BarChartOutlined />, label: 'escalationReport.nav' },
  { key: 'settings', icon: <SettingOutlined />, label: 'nav.settings' },
] as const;

export function AppFrame() {
  const { t } = useTranslation();
  const route = useStore((s) => s.route);
  const navigate = useStore((s) => s.navigate);
  const syncRoute = useStore((s) => s.syncRouteFromLocation);
  const setNewCaseOpen = useStore((s) => s.setNewCaseOpen);

  useEffect(() => {
    window.addEventListener('popstate', syncRoute);
    return () => window.removeEventListener('popstate', syncRoute);
  }, [syncRoute]);
  useHotkey('n', () => setNewCaseOpen(true));

  const section =
    route.name === 'duty'
      ? 'duty'
      : route.name === 'now'
        ? 'now'
        : route.name === 'settings'
          ? 'settings'
          : route.name === 'customers' || route.name === 'customer'
            ? 'customers'
            : route.name === 'handover' || route.name === 'handoverView'
              ? 'handover'
              : (handoffSection(route) ?? 'cases');
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
          selectedKeys={[section]}
          items={SECTIONS.map((s) => ({ key: s.key, icon: s.icon, label: t(s.label) }))}
          onClick={({ key }) =>
            navigate(
              key === 'duty'
                ? { name: 'duty', tab: 'coverage' }
                : key === 'now'
                  ? { name: 'now' }
                  : key === 'settings'
                    ? { name: 'settings' }
                    : key === 'customers'
                      ? { name: 'customers' }
                      : key === 'handover'
                        ? { name: 'handover', tab: 'compose' }
                        : (handoffSectionRoute(key) ?? { name: 'cases' }),
            )
          }
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
            {/* The signed-in agent (switch: Ctrl+Shift+S, sign out) and the no-one-on-duty warning. */}
            <DutyHeader />
            <AlertBell />
            <NetworkStatus />
            <LanguageSwitch />
          </Space>
        </Layout.Header>
        <Layout.Content
          style={{ padding: 16, overflow: route.name === 'cases' ? 'hidden' : 'auto', minHeight: 0 }}
        >
          {route.name === 'now' && <NowPage />}
          {route.name === 'cases' && <CaseListPage />}
          {route.name === 'case' && <CasePage id={route.id} />}
          {route.name === 'settings' && <SettingsPage />}
          {route.name === 'duty' && <DutyPage tab={route.tab} />}
          {route.name === 'handover' && <HandoverPage tab={route.tab} />}
          {route.name === 'handoverView' && <HandoverView id={route.id} />}
          {route.name === 'customers' && <CustomerListPage />}
          {route.name === 'customer' && <CustomerPage id={route.id} />}
          {route.name === 'escalations' && <EscalationsPage tab={route.tab} />}
          {route.name === 'escalationReport' && <EscalationReportPage />}
        </Layout.Content>
      </Layout>
      <NewCaseDrawer />
    </Layout>
  );
}
