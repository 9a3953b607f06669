import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The rows of the help, in the order shown; their text is in caseList.searchHelp.rows. */
const ROWS = ['words', 'short', 'phrase', 'exclude', 'or', 'fields', 'filters', 'created'] as const;

function HelpContent() {
  const { t } = useTranslation();
  return (
    <div style={{ width: 640 }} data-testid="search-help">
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {t('caseList.searchHelp.intro')}
      </Typography.Paragraph>
      <table style={{ borderSpacing: '0 4px' }}>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row}>
              <td style={{ paddingInlineEnd: 12, verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                {/* Examples are written three spaces apart, each shown on its own. */}
                {t(`caseList.searchHelp.rows.${row}.syntax`)
                  .split('   ')
                  .map((example) => (
                    <Typography.Text code key={example} style={{ marginInlineEnd: 4 }}>
                      {example}
                    </Typography.Text>
                  ))}
              </td>
              <td style={{ verticalAlign: 'top' }}>{t(`caseList.searchHelp.rows.${row}.meaning`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('caseList.searchHelp.order')}
      </Typography.Paragraph>
    </div>
  );
}

/** A button beside the search box that shows the query language. */
export function SearchHelp() {
  const { t } = useTranslation();
  return (
    <Popover
      trigger="click"
      placement="bottomLeft"
      title={t('caseList.searchHelp.title')}
      content={<HelpContent />}
    >
      <Button type="text" icon={<QuestionCircleOutlined />} aria-label={t('caseList.searchHelp.button')} />
    </Popover>
  );
}
