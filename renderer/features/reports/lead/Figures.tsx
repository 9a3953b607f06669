import { Card, Statistic, Typography } from 'antd';

export interface FigureProps {
  title: string;
  value: number | string;
  suffix?: string;
  note?: string;
}

/** A report's headline figures, as cards of one height in one row. */
export function Figures({ figures }: { figures: FigureProps[] }) {
  return (
    <div
      className="lead-report__card"
      style={{
        display: 'grid',
        gridTemplateColumns: `repeat(${figures.length}, 1fr)`,
        gap: 12,
        marginBottom: 12,
      }}
    >
      {figures.map((f) => (
        <Card size="small" key={f.title}>
          <Statistic title={f.title} value={f.value} suffix={f.suffix} />
          {f.note && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.note}
            </Typography.Text>
          )}
        </Card>
      ))}
    </div>
  );
}
