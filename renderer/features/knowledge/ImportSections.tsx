import { Collapse, List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPlanItem, ImportPreview } from '../../../core/knowledge-import';
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
    <List<ImportPlanItem>
      size="small"
      dataSource={items}
      renderItem={(item) => (
        <List.Item>
          <div>
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
          </div>
        </List.Item>
      )}
    />
  );
}

/** The preview's four lists: added, updated (with what changes), unchanged, and refused with reasons. */
export function ImportSections({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const refused = refusalsByFile(preview.refused);
  const section = (
    key: 'added' | 'updated' | 'unchanged' | 'refused',
    count: number,
    children: ReactNode,
  ) => ({
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
        section(
          'refused',
          refused.length,
          <List
            size="small"
            dataSource={refused}
            renderItem={([file, reasons]) => (
              <List.Item>
                <div>
                  <Typography.Text code>{file}</Typography.Text>
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                    {reasons.map((r, i) => (
                      <li key={i}>
                        {t('knowledge.io.refusalAt', {
                          where: r.line
                            ? t('knowledge.io.line', { line: r.line })
                            : t('knowledge.io.wholeFile'),
                          reason: t(`knowledge.io.refusals.${r.reason}`, { detail: r.detail ?? '' }),
                        })}
                      </li>
                    ))}
                  </ul>
                </div>
              </List.Item>
            )}
          />,
        ),
      ]}
    />
  );
}
