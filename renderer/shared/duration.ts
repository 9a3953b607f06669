/** A wait as days and hours (or hours and minutes under a day): how long 21Vianet has had a request. */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const totalMinutes = Math.max(0, Math.floor(ms / 60_000));
  return {
    days: Math.floor(totalMinutes / 1_440),
    hours: Math.floor((totalMinutes % 1_440) / 60),
    minutes: totalMinutes % 60,
  };
}

type Translate = (key: string, options: Record<string, number>) => string;

export function formatDuration(t: Translate, ms: number): string {
  const { days, hours, minutes } = durationParts(ms);
  if (days > 0) return t('escalationReport.duration.days', { days, hours });
  if (hours > 0) return t('escalationReport.duration.hours', { hours, minutes });
  return t('escalationReport.duration.minutes', { minutes });
}
