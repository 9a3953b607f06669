import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedUpdates, type HandoffStatus, type UpdateStatus } from '../../../core/escalation-status';
import { useBusyCall } from '../../shared/use-busy-call';

interface Props {
  status: HandoffStatus;
  /** Records the update (with its optional note); a CONFLICT means someone else changed it meanwhile. */
  onUpdate(to: UpdateStatus, note: string): Promise<void>;
}

/** Later updates of a request at 21Vianet: contacted, solution given, closed, withdrawn, each with a note. */
export function UpdateMenu({ status, onUpdate }: Props) {
  const { t } = useTranslation();
  const [to, setTo] = useState<UpdateStatus | null>(null);
  const [note, setNote] = useState('');
  const { busy: saving, run } = useBusyCall();
  const options = allowedUpdates(status);
  if (options.length === 0) return null;

  async function save() {
    if (!to) return;
    await run(async () => {
      await onUpdate(to, note.trim());
      setTo(null);
      setNote('');
    });
  }

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: options.map((s) => ({ key: s, label: t(`handoff.updates.${s}`) })),
          onClick: ({ key }) => setTo(key as UpdateStatus),
        }}
      >
        <Button size="small">
          {t('handoff.update')} <DownOutlined />
        </Button>
      </Dropdown>
      <Modal
        open={to !== null}
        title={to ? t(`handoff.updates.${to}`) : ''}
        okText={t('handoff.saveUpdate')}
        cancelText={t('controls.cancel')}
        confirmLoading={saving}
        onCancel={() => setTo(null)}
        onOk={() => void save()}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t('handoff.note')} htmlFor="handoff-update-note">
            <Input.TextArea
              id="handoff-update-note"
              autoFocus
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={2_000}
              value={note}
              placeholder={t(`handoff.notePlaceholder.${to ?? 'contacted'}`)}
              onChange={(e) => setNote(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
