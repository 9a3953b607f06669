import { shortcutLabel, SHORTCUTS } from '../../../core/shortcuts';
import { DownOutlined, LogoutOutlined, SwapOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyComponent } from '../../lib/lazy-component';
import { useOpenedOnce } from '../../shared/use-opened-once';
import { useRereadEvery } from '../../shared/use-reread-every';
import { useStore } from '../../store';
import { AgentSwitcher } from './AgentSwitcher';
import { DutyWarning } from './DutyWarning';

// Signing out is once a shift: its dialog loads the first time it opens.
const SignOutDialog = lazyComponent(() => import('./SignOutDialog'), 'SignOutDialog');

/**
 * How often the header re-reads who is on duty (the roster moves on by itself as shifts start and end). A moved
 * service clock (a test clock advanced, the machine's clock corrected) triggers a read at once.
 */
const REFRESH_MS = 30_000;

/** The header's duty corner: the no-one-on-duty warning, the signed-in agent, switch and sign out. */
export function DutyHeader() {
  const { t } = useTranslation();
  const duty = useStore((s) => s.duty);
  const refresh = useStore((s) => s.refreshDuty);
  const setSwitcherOpen = useStore((s) => s.setSwitcherOpen);
  const signingOut = useStore((s) => s.signOutOpen);
  const setSigningOut = useStore((s) => s.setSignOutOpen);
  const signOutOpened = useOpenedOnce(signingOut);

  const read = useCallback(() => void refresh().catch(() => undefined), [refresh]);
  useRereadEvery(read, REFRESH_MS, { onFocus: true });

  const me = duty?.signedIn ?? null;
  return (
    <Space size="middle">
      {duty && <DutyWarning duty={duty} />}
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'switch',
              icon: <SwapOutlined />,
              label: t('duty.header.switch'),
              extra: shortcutLabel(SHORTCUTS.switchAgent),
            },
            ...(me ? [{ key: 'signOut', icon: <LogoutOutlined />, label: t('duty.signOut.action') }] : []),
          ],
          onClick: ({ key }) => (key === 'switch' ? setSwitcherOpen(true) : setSigningOut(true)),
        }}
      >
        <Button type="text" size="small" icon={<UserOutlined />} title={t('duty.header.menu')}>
          {/* Until the duty status has loaded, nobody is known to be signed in or out. */}
          {me ? t('app.agent', { name: me.name }) : duty ? t('duty.header.nobody') : t('app.loading')}
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <AgentSwitcher onSignOut={() => setSigningOut(true)} />
      {signOutOpened && (
        <Suspense fallback={null}>
          <SignOutDialog open={signingOut} onClose={() => setSigningOut(false)} />
        </Suspense>
      )}
    </Space>
  );
}
