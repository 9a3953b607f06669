import { useTranslation } from 'react-i18next';
import type { ReportPeriod } from '../../../core/escalation-report';

const H = 160;
const TOP = 16;
const BOTTOM = 34;
const LEFT = 28;

/**
 * Escalations per period as bars, with the share of that period's new cases that were escalated as a line
 * (right scale, %). Plain SVG: dense, no chart library.
 */
export function PeriodChart({ periods }: { periods: readonly ReportPeriod[] }) {
  const { t } = useTranslation();
  const n = Math.max(periods.length, 1);
  const slot = Math.max(18, Math.min(64, 720 / n));
  const width = LEFT + slot * n + 36;
  // Headroom above the tallest bar and the highest share, so that labels, bars and the line do not collide.
  const max = Math.max(1, ...periods.map((p) => p.escalations));
  const top = Math.ceil(max * 1.25);
  const shares = periods.map((p) => (p.casesCreated > 0 ? p.casesEscalated / p.casesCreated : 0));
  const maxShare = Math.min(1, Math.ceil(Math.max(0.01, ...shares) * 10) / 10 + 0.1);
  const y = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - v / top);
  const ys = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - v / maxShare);
  const everyNth = Math.ceil(n / 16);
  const points = shares.map((s, i) => `${LEFT + slot * i + slot / 2},${ys(s)}`).join(' ');

  return (
    <svg
      role="img"
      aria-label={t('escalationReport.perPeriod')}
      viewBox={`0 0 ${width} ${H}`}
      style={{ width: '100%', maxHeight: 220, display: 'block' }}
    >
      <line x1={LEFT} x2={width - 36} y1={y(0)} y2={y(0)} stroke="#d9d9d9" />
      <text x={LEFT - 4} y={y(top) + 4} fontSize={10} textAnchor="end" fill="#595959">
        {top}
      </text>
      <text x={width - 32} y={ys(maxShare) + 4} fontSize={10} fill="#fa8c16">
        {Math.round(maxShare * 100)}%
      </text>
      {periods.map((p, i) => {
        const x = LEFT + slot * i;
        const top = y(p.escalations);
        return (
          <g key={p.key} data-testid="period-bar">
            <title>
              {t('escalationReport.barTitle', {
                period: p.key,
                count: p.escalations,
                share: Math.round(shares[i]! * 100),
              })}
            </title>
            <rect x={x + slot * 0.18} y={top} width={slot * 0.64} height={y(0) - top} fill="#1d5fb8" rx={2} />
            {p.escalations > 0 && (
              <text x={x + slot / 2} y={top - 3} fontSize={10} textAnchor="middle" fill="#262626">
                {p.escalations}
              </text>
            )}
            {i % everyNth === 0 && (
              <text x={x + slot / 2} y={H - BOTTOM + 14} fontSize={10} textAnchor="middle" fill="#595959">
                {p.key.slice(2)}
              </text>
            )}
          </g>
        );
      })}
      {periods.length > 1 && <polyline points={points} fill="none" stroke="#fa8c16" strokeWidth={1.5} />}
      {shares.map((s, i) => (
        <circle key={periods[i]!.key} cx={LEFT + slot * i + slot / 2} cy={ys(s)} r={2.5} fill="#fa8c16" />
      ))}
      <g fontSize={10} fill="#595959">
        <rect x={LEFT} y={H - 12} width={10} height={8} fill="#1d5fb8" />
        <text x={LEFT + 14} y={H - 5}>
          {t('escalationReport.escalations')}
        </text>
        <rect x={LEFT + 110} y={H - 10} width={10} height={3} fill="#fa8c16" />
        <text x={LEFT + 124} y={H - 5}>
          {t('escalationReport.share')}
        </text>
      </g>
    </svg>
  );
}
