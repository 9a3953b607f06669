import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface BarRow {
  key: string;
  label: string;
  value: number;
}

/** A dense horizontal bar list (CSS only): one row per key, bars scaled to the largest value. */
export function HBars({ rows, label }: { rows: readonly BarRow[]; label: string }) {
  const { t } = useTranslation();
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('escalationReport.none')} />;
  const max = Math.max(...rows.map((r) => r.value), 1);
  return (
    <div role="list" aria-label={label}>
      {rows.map((r) => (
        <div
          key={r.key}
          role="listitem"
          aria-label={`${r.label}: ${r.value}`}
          style={{
            display: 'grid',
            gridTemplateColumns: '42% 1fr 36px',
            alignItems: 'center',
            gap: 6,
            height: 22,
          }}
        >
          <Typography.Text ellipsis={{ tooltip: r.label }} style={{ fontSize: 12 }}>
            {r.label}
          </Typography.Text>
          <div style={{ background: '#f0f0f0', height: 10, borderRadius: 2 }}>
            <div
              style={{
                width: `${(r.value / max) * 100}%`,
                minWidth: r.value > 0 ? 2 : 0,
                height: '100%',
                background: '#1d5fb8',
                borderRadius: 2,
              }}
            />
          </div>
          <Typography.Text style={{ fontSize: 12, textAlign: 'right' }}>{r.value}</Typography.Text>
        </div>
      ))}
    </div>
  );
}
