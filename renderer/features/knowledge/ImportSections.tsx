import { Collapse, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { refusedFiles, type ImportPlanItem, type ImportPreview } from '../../../core/knowledge-import';
import type { ImportRefusal } from '../../../core/knowledge-markdown';

/** A refused file's reasons, each with the line to look at. */
function refusalsByFile(refusals: readonly ImportRefusal[]) {
  const byFile = new Map<string, ImportRefusal[]>();
  for (const r of refusals) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  return [...byFile.entries()];
}

function Items({ items, showChanges }: { items: ImportPlanItem[]; showChanges?: boolean }) {
  const { t } = useTranslation();
  const separator = t('knowledge.history.separator');
  return (
    <ul className="sd-import-list">
      {items.map((item, i) => (
        <li key={item.id ?? `new-${i}`}>
          <Typography.Text strong>{item.title}</Typography.Text>{' '}
          <Typography.Text type="secondary">
            {item.languages.map((l) => t(`knowledge.languages.${l}`)).join(separator)} ·{' '}
            {item.revision
              ? t('knowledge.io.fromRevision', { number: item.revision })
              : t('knowledge.io.newId')}
          </Typography.Text>
          {showChanges && item.changes.length > 0 && (
            <div>
              <Typography.Text type="secondary">
                {t('knowledge.history.changes', {
                  list: item.changes.map((c) => t(`knowledge.history.parts.${c}`)).join(separator),
                })}
              </Typography.Text>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function Refused({ refusals }: { refusals: readonly ImportRefusal[] }) {
  const { t } = useTranslation();
  return (
    <ul className="sd-import-list">
      {refusalsByFile(refusals).map(([file, reasons]) => (
        <li key={file}>
          <Typography.Text code>{file}</Typography.Text>
          <ul>
            {reasons.map((r, i) => (
              <li key={i}>
                {t('knowledge.io.refusalAt', {
                  where: r.line ? t('knowledge.io.line', { line: r.line }) : t('knowledge.io.wholeFile'),
                  reason: t(`knowledge.io.refusals.${r.reason}`, { detail: r.detail ?? '' }),
                })}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

type SectionKey = 'added' | 'updated' | 'unchanged' | 'refused';

/** The preview's four lists: added, updated (with what changes), unchanged, and refused with reasons. */
export function ImportSections({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const refusedCount = refusedFiles(preview.refused);
  const section = (key: SectionKey, count: number, children: ReactNode) => ({
    key,
    label: <span data-testid={`import-${key}`}>{t(`knowledge.io.sections.${key}`, { count })}</span>,
    collapsible: count ? undefined : ('disabled' as const),
    children,
  });
  return (
    <Collapse
      size="small"
      defaultActiveKey={['added', 'updated', 'refused']}
      items={[
        section('added', preview.added.length, <Items items={preview.added} />),
        section('updated', preview.updated.length, <Items items={preview.updated} showChanges />),
        section('unchanged', preview.unchanged.length, <Items items={preview.unchanged} />),
        section('refused', refusedCount, <Refused refusals={preview.refused} />),
      ]}
    />
  );
}
