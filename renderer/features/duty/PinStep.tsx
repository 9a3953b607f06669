import { Button, Form, Input, Space, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentProfile } from '../../../core/agents';
import { ApiCallError } from '../../lib/api';
import { useRefusableCall } from '../../shared/use-refusable-call';
import { useStore } from '../../store';
import { ErrorField } from '../../shared/ErrorField';

interface Props {
  agent: AgentProfile;
  onBack: () => void;
  onDone: () => void;
}

/** The PIN of the agent picked in the switcher; a wrong one is said next to the box, which is cleared. */
export function PinStep({ agent, onBack, onDone }: Props) {
  const { t } = useTranslation();
  const signIn = useStore((s) => s.signIn);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useRefusableCall();
  const box = useRef<InputRef>(null);
  useEffect(() => box.current?.focus(), []);

  async function submit() {
    if (!pin || busy) return;
    await run(
      async () => {
        await signIn(agent.id, pin);
        onDone();
      },
      (text, err) => {
        setError(text);
        if (err instanceof ApiCallError && err.code === 'VALIDATION') setPin('');
        box.current?.focus();
      },
    );
  }

  return (
    <Form layout="vertical" onFinish={() => void submit()}>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {t('duty.switcher.pinFor', { name: agent.name })}
      </Typography.Paragraph>
      <ErrorField label={t('duty.switcher.pin')} htmlFor="sd-switch-pin" error={error}>
        <Input.Password
          ref={box}
          id="sd-switch-pin"
          value={pin}
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          onChange={(e) => {
            setPin(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              onBack();
            }
          }}
        />
      </ErrorField>
      <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
        <Button onClick={onBack}>{t('duty.switcher.back')}</Button>
        <Button type="primary" htmlType="submit" loading={busy} disabled={!pin}>
          {t('duty.switcher.signIn')}
        </Button>
      </Space>
    </Form>
  );
}
