import { Modal } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyComponent } from '../../lib/lazy-component';
import { useStore } from '../../store';
import { useSwitcherKeys } from './use-switch-hotkey';
import './duty.css';

// The list and the PIN step load the first time the switcher opens; the keys that open it are always there.
const SwitcherBody = lazyComponent(() => import('./SwitcherBody'), 'SwitcherBody');

/**
 * The shared workstation's agent switch: Ctrl+Shift+S opens it with the active agents numbered, a digit
 * picks one, and an agent with a PIN types it. Two keystrokes for an agent without a PIN.
 */
export function AgentSwitcher({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useTranslation();
  const open = useStore((s) => s.switcherOpen);
  const setOpen = useStore((s) => s.setSwitcherOpen);
  useSwitcherKeys();
  return (
    <Modal
      open={open}
      title={t('duty.switcher.title')}
      onCancel={() => setOpen(false)}
      footer={null}
      width={440}
      // The body (and the agent picked in it) starts afresh every time the switcher opens.
      destroyOnHidden
    >
      {open && (
        <Suspense fallback={null}>
          <SwitcherBody
            onClose={() => setOpen(false)}
            onSignOut={() => {
              setOpen(false);
              onSignOut();
            }}
          />
        </Suspense>
      )}
    </Modal>
  );
}
