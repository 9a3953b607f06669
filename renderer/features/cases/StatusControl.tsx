import { App, Button, Dropdown, Form, Input, Modal } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/cases';
import { allowedTransitions, isReopen, type CaseStatus } from '../../../core/domain';
import { ApiCallError } from '../../lib/api';
import { isSaveChord } from '../../lib/use-hotkey';
import { useStore } from '../../store';

/** Offers only the transitions the domain allows; a reopen asks for its reason first. */
export function StatusControl({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const changeStatus = useStore((s) => s.changeStatus);
  const loadCase = useStore((s) => s.loadCase);
  const [reopenTo, setReopenTo] = useState<CaseStatus | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  async function apply(to: CaseStatus, why?: string) {
    try {
      await changeStatus(detail, to, why);
      setReopenTo(null);
      setReason('');
    } catch (error) {
      const code = error instanceof ApiCallError ? error.code : 'INTERNAL';
      const issue = error instanceof ApiCallError ? error.issues.find((i) => i.path === 'reason') : undefined;
      if (issue) return setReasonError(t(issue.message));
      message.error(t(`errors.${code}`));
      if (code === 'CONFLICT') void loadCase(detail.id);
    }
  }

  const items = allowedTransitions(detail.status).map((to) => ({
    key: to,
    label: isReopen(detail.status, to)
      ? `${t('status.reopen')} → ${t(`statuses.${to}`)}`
      : t(`statuses.${to}`),
  }));

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items,
          onClick: ({ key }) => {
            const to = key as CaseStatus;
            if (isReopen(detail.status, to)) {
              setReasonError(null);
              setReopenTo(to);
            } else void apply(to);
          },
        }}
      >
        <Button>
          {t('status.change')} <DownOutlined />
        </Button>
      </Dropdown>
      <Modal
        title={t('status.reopenTitle')}
        open={reopenTo !== null}
        okText={t('status.confirm')}
        cancelText={t('controls.cancel')}
        onCancel={() => setReopenTo(null)}
        onOk={() => reopenTo && void apply(reopenTo, reason)}
      >
        <Form layout="vertical">
          <Form.Item
            label={t('status.reason')}
            validateStatus={reasonError ? 'error' : ''}
            help={reasonError}
          >
            <Input.TextArea
              autoFocus
              value={reason}
              placeholder={t('status.reasonPlaceholder')}
              onChange={(e) => setReason(e.target.value)}
              onKeyDown={(e) => {
                if (isSaveChord(e) && reopenTo) void apply(reopenTo, reason);
              }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
