import { EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventImport } from '../../../core/cases';
import { formatDateTime } from '../../shared/format';
import { AttachmentChips } from '../attachments/AttachmentChips';
import { describeEvent } from './describe-event';
import { NoteEditor } from './NoteEditor';
import { currentText, type TimelineItem } from './timeline-model';

type Entry = Extract<TimelineItem, { type: 'entry' }>;

/** Notes read as internal, replies as sent to the customer, calls as calls: each has its own look. */
const LOOK = {
  note: { background: '#fffbe6', borderColor: '#ffe58f' },
  reply: { background: '#e6f4ff', borderColor: '#91caff' },
  call: { background: '#f6ffed', borderColor: '#b7eb8f' },
} as const;

export function TimelineEntry({ caseId, item }: { caseId: string; item: Entry }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const { event, versions } = item;
  const edited = versions.length > 1;
  const text = currentText(versions);

  return (
    <div data-testid="timeline-event" data-kind={event.kind}>
      <Space size={6} wrap>
        <Typography.Text strong>{event.agentName}</Typography.Text>
        <Typography.Text>{describeEvent(t, event)}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(event.at)}
        </Typography.Text>
        {event.kind === 'reply' && <Tag color="blue">{t('composer.customerVisible')}</Tag>}
        {event.imported && <ImportedTag from={event.imported} />}
        {edited && (
          <Tag data-testid="edited-marker" title={formatDateTime(versions.at(-1)!.at)}>
            {t('events.edited')}
          </Tag>
        )}
        {event.kind === 'note' && !editing && (
          <Button size="small" type="text" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('events.editNote')}
          </Button>
        )}
        {edited && (
          <Button
            size="small"
            type="text"
            icon={<HistoryOutlined />}
            onClick={() => setShowHistory((v) => !v)}
          >
            {showHistory ? t('events.hideHistory') : t('events.showHistory', { count: versions.length - 1 })}
          </Button>
        )}
      </Space>
      {editing ? (
        <NoteEditor caseId={caseId} noteId={event.id} text={text} onDone={() => setEditing(false)} />
      ) : (
        <Typography.Paragraph
          style={{
            whiteSpace: 'pre-wrap',
            margin: '4px 0 0',
            padding: '6px 10px',
            border: '1px solid',
            borderRadius: 4,
            ...LOOK[event.kind],
          }}
        >
          {text}
        </Typography.Paragraph>
      )}
      {showHistory && (
        <div data-testid="note-history" style={{ margin: '6px 0 0 12px' }}>
          {versions
            .slice(0, -1)
            .reverse()
            .map((v) => (
              <div key={v.at + v.body} style={{ marginBottom: 4 }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('events.versionOf', { time: formatDateTime(v.at), name: v.agentName })}
                </Typography.Text>
                <Typography.Paragraph delete type="secondary" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {v.body}
                </Typography.Paragraph>
              </div>
            ))}
        </div>
      )}
      <AttachmentChips attachments={item.attachments} />
    </div>
  );
}

/** An event another workstation wrote, brought in by a handover file: said so, with where it came from. */
function ImportedTag({ from }: { from: EventImport }) {
  const { t } = useTranslation();
  const origin = t('events.importedFrom', {
    importedBy: from.importedByName,
    importedAt: formatDateTime(from.importedAt),
    file: from.fileName ?? t('events.importedFileUnknown'),
    exportedBy: from.exportedByName,
    exportedAt: formatDateTime(from.exportedAt),
  });
  return (
    <Tooltip title={origin}>
      <Tag data-testid="imported-marker" aria-label={`${t('events.imported')}: ${origin}`}>
        {t('events.imported')}
      </Tag>
    </Tooltip>
  );
}
