import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageView } from '../../../core/duty';
import { HOUR } from '../../../core/time';
import { dayLabel } from '../../shared/duty-text';
import './duty.css';

interface Props {
  view: CoverageView;
  /** The text for an hour: when it is and who covers it. */
  describe: (index: number) => string;
  onHover: (index: number | null) => void;
}

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

/**
 * Days down, the 24 hours across: covered hours quiet, partly covered ones amber, gaps red, the past faded.
 * One element per hour (720 for 30 days), each with its own accessible name, so the grid reads without a mouse.
 */
export const CoverageGrid = memo(function CoverageGrid({ view, describe, onHover }: Props) {
  const { t } = useTranslation();
  return (
    <div
      role="grid"
      aria-label={t('duty.coverage.grid')}
      className="sd-coverage"
      onMouseLeave={() => onHover(null)}
    >
      <div role="row" className="sd-coverage-row">
        <span role="columnheader" className="sd-coverage-day" />
        {HOURS.map((h) => (
          <span role="columnheader" key={h} className="sd-coverage-hour">
            {h}
          </span>
        ))}
      </div>
      {view.days.map((date, d) => (
        <div role="row" key={date} className="sd-coverage-row">
          <span role="rowheader" className="sd-coverage-day">
            {dayLabel(t, date)}
          </span>
          {HOURS.map((h, hour) => {
            const index = d * 24 + hour;
            const cell = view.hours[index];
            if (!cell) return <span key={h} />;
            const past = cell.start + HOUR <= view.now;
            const current = cell.start <= view.now && view.now < cell.start + HOUR;
            const label = describe(index);
            return (
              <span
                role="gridcell"
                key={h}
                aria-label={label}
                title={label}
                data-covered={cell.covered}
                className={`sd-cell is-${cell.covered}${past ? ' is-past' : ''}${current ? ' is-now' : ''}`}
                onMouseEnter={() => onHover(index)}
              >
                {cell.agentIds.length > 1 ? cell.agentIds.length : ''}
              </span>
            );
          })}
        </div>
      ))}
    </div>
  );
});
