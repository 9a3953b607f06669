import { Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_PATTERN, type AgentProfile } from '../../../core/agents';
import { useRefusableCall } from '../../shared/use-refusable-call';
import { useStore } from '../../store';
import { ErrorField } from '../../shared/ErrorField';

interface Props {
  agent: AgentProfile | null;
  onClose: () => void;
}

/** Sets a new sign-in PIN for an agent, or clears it (then the agent signs in without one). */
export function PinModal({ agent, onClose }: Props) {
  const { t } = useTranslation();
  const setAgentPin = useStore((s) => s.setAgentPin);
  const [form] = Form.useForm<{ pin: string }>();
  const { busy: saving, run } = useRefusableCall();
  const [failure, setFailure] = useState<string | null>(null);

  async function apply(pin: string | null) {
    if (!agent) return;
    setFailure(null);
    await run(async () => {
      await setAgentPin(agent.id, pin);
      onClose();
    }, setFailure);
  }

  return (
    <Modal
      open={agent !== null}
      title={t('duty.agents.pinTitle', { name: agent?.name ?? '' })}
      onCancel={onClose}
      destroyOnHidden
      width={380}
      footer={[
        agent?.hasPin && (
          <Button key="clear" danger onClick={() => void apply(null)} disabled={saving}>
            {t('duty.agents.clearPin')}
          </Button>
        ),
        <Button key="cancel" onClick={onClose}>
          {t('controls.cancel')}
        </Button>,
        <Button key="save" type="primary" loading={saving} onClick={() => form.submit()}>
          {t('duty.agents.setPin')}
        </Button>,
      ]}
    >
      <Form form={form} name="pin" layout="vertical" onFinish={(v) => void apply(v.pin)}>
        <ErrorField
          name="pin"
          label={t('duty.agents.newPin')}
          extra={t('duty.agents.pinHelp')}
          error={failure}
          rules={[
            { required: true, message: t('validation.required') },
            { pattern: PIN_PATTERN, message: t('duty.issues.pinFormat') },
          ]}
        >
          <Input.Password autoFocus inputMode="numeric" autoComplete="new-password" maxLength={8} />
        </ErrorField>
      </Form>
    </Modal>
  );
}
