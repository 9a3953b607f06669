import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HANDOVER_FILE_EXTENSION, type HandoverImportOutcome } from '../../../core/handover-file';
import { useStore } from '../../store';
import { differingLines, renumberedLines } from './import-outcome-text';
import { readText } from './transfer';
import { useRefusalText } from './use-refusal-text';

/**
 * Takes a handover file exported on another workstation: the service checks its seal and merges it (cases,
 * customers and timelines by id, never an event twice); what came in is shown before opening the handover.
 */
export function ImportButton() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const refusal = useRefusalText();
  const navigate = useStore((s) => s.navigate);
  const loadHistory = useStore((s) => s.loadHandoverHistory);
  const loadPending = useStore((s) => s.loadPendingHandovers);
  const importHandoverFile = useStore((s) => s.importHandoverFile);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<HandoverImportOutcome | null>(null);

  async function importFile(file: File) {
    setBusy(true);
    try {
      const result = await importHandoverFile(await readText(file));
      setOutcome(result);
      void loadHistory();
      void loadPending();
    } catch (error) {
      message.error(refusal(error), 6);
    } finally {
      setBusy(false);
    }
  }

  const n = (c: { added: number; updated: number }) =>
    t('handover.transfer.merge', { added: c.added, updated: c.updated });
  return (
    <>
      <Upload
        accept={`.${HANDOVER_FILE_EXTENSION},.json,application/json`}
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          void importFile(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy}>
          {t('handover.transfer.import')}
        </Button>
      </Upload>
      <Modal
        open={outcome !== null}
        title={t('handover.transfer.importedTitle')}
        okText={t('handover.transfer.open')}
        cancelText={t('handover.transfer.close')}
        onCancel={() => setOutcome(null)}
        onOk={() => {
          if (outcome) navigate({ name: 'handoverView', id: outcome.handoverId });
          setOutcome(null);
        }}
      >
        {outcome && (
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                key: 'handover',
                label: t('handover.transfer.handover'),
                children: outcome.handoverAdded ? t('handover.transfer.added') : t('handover.transfer.known'),
              },
              { key: 'cases', label: t('handover.transfer.cases'), children: n(outcome.cases) },
              { key: 'customers', label: t('handover.transfer.customers'), children: n(outcome.customers) },
              {
                key: 'events',
                label: t('handover.transfer.events'),
                children: t('handover.transfer.eventsMerge', {
                  added: outcome.events.added,
                  skipped: outcome.events.skipped,
                }),
              },
              { key: 'agents', label: t('handover.transfer.agents'), children: outcome.agentsAdded },
              ...(outcome.renumbered.length
                ? [
                    {
                      key: 'renumbered',
                      label: t('handover.transfer.renumbered'),
                      children: <Lines lines={renumberedLines(outcome.renumbered)} />,
                    },
                  ]
                : []),
              ...(outcome.differing.length
                ? [
                    {
                      key: 'differing',
                      label: t('handover.transfer.differing'),
                      children: (
                        <>
                          <Lines lines={differingLines(t, i18n.language, outcome.differing)} />
                          <Typography.Text type="secondary">
                            {t('handover.transfer.differingHint')}
                          </Typography.Text>
                        </>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Modal>
    </>
  );
}

/** Each line of a list on a line of its own. */
function Lines({ lines }: { lines: string[] }) {
  return (
    <>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </>
  );
}
