import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../lib/api';
import { useRefusableCall } from '../../shared/use-refusable-call';
import { useStore } from '../../store';
import { ErrorField } from '../../shared/ErrorField';

interface Props {
  open: boolean;
  onClose: () => void;
}

/**
 * Ends the signed-in agent's shift. When the handover gate holds it open, says why; a lead may then close it
 * anyway, giving the reason that is kept with the shift.
 */
export function SignOutDialog({ open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useStore((s) => s.duty?.signedIn ?? null);
  const signOut = useStore((s) => s.signOut);
  const [blocked, setBlocked] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const { busy, run, refusal } = useRefusableCall();
  const lead = me?.role === 'lead';

  const close = () => {
    setBlocked(null);
    setReason('');
    setReasonError(null);
    onClose();
  };

  async function submit() {
    if (blocked && lead && !reason.trim()) {
      setReasonError(t('duty.signOut.reasonRequired'));
      return;
    }
    await run(
      async () => {
        await signOut(blocked && lead ? { reason: reason.trim() } : undefined);
        message.success(t('duty.signOut.done', { name: me?.name ?? '' }));
        close();
      },
      (text, error) => {
        if (error instanceof ApiCallError && error.code === 'CONFLICT') {
          // The handover gate holds the shift open; its own words when the handover feature has them.
          setBlocked(refusal(error, t('duty.signOut.blocked')));
        } else {
          message.error(text);
        }
      },
    );
  }

  return (
    <Modal
      open={open}
      title={t('duty.signOut.title')}
      onCancel={close}
      onOk={() => void submit()}
      okText={blocked && lead ? t('duty.signOut.override') : t('duty.signOut.action')}
      okButtonProps={{ danger: Boolean(blocked && lead), disabled: Boolean(blocked && !lead) }}
      cancelText={t('controls.cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('duty.signOut.explain', { name: me?.name ?? '' })}</Typography.Paragraph>
      {blocked && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={blocked}
          description={lead ? t('duty.signOut.leadMay') : t('duty.signOut.askLead')}
        />
      )}
      {blocked && lead && (
        <Form layout="vertical">
          <ErrorField label={t('duty.signOut.reason')} htmlFor="sd-sign-out-reason" error={reasonError}>
            <Input.TextArea
              id="sd-sign-out-reason"
              autoFocus
              rows={2}
              maxLength={500}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonError(null);
              }}
            />
          </ErrorField>
        </Form>
      )}
    </Modal>
  );
}
