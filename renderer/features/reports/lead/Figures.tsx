import { Card, Statistic, Typography } from 'antd';

export interface FigureProps {
  title: string;
  value: number | string;
  suffix?: string;
  note?: string;
}

/** One headline figure as a card, with what it is of under it where that helps. */
export function FigureCard({ title, value, suffix, note }: FigureProps) {
  return (
    <Card size="small">
      <Statistic title={title} value={value} suffix={suffix} />
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      )}
    </Card>
  );
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
        <FigureCard key={f.title} {...f} />
      ))}
    </div>
  );
}
