import { App, Button, Card, Select, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from '../../../core/sla';
import { MAX_WARNING_MIN, MAX_WARNINGS } from '../../../core/sla-settings';
import { errorText } from '../../shared/error-text';
import { useStore } from '../../store';
import { PolicyTargets } from './PolicyTargets';

/** The waits that may pause the clocks, each a switch. */
const PAUSES = ['pauseOnCustomer', 'pauseOn21v'] as const;

/** Whole minutes within bounds, distinct, at most MAX_WARNINGS: what the service accepts. */
function parseWarnings(values: string[]): number[] | null {
  const minutes = values.map((v) => Number(v.trim()));
  const valid = minutes.every((m) => Number.isInteger(m) && m >= 1 && m <= MAX_WARNING_MIN);
  return valid && minutes.length <= MAX_WARNINGS && new Set(minutes).size === minutes.length
    ? minutes.sort((a, b) => b - a)
    : null;
}

/** Settings: the desk's SLA targets, pauses and warnings. A change applies to every open case at once. */
export function SlaPolicyCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [policy, setPolicy] = useState<SlaPolicy | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const loadPolicy = useStore((s) => s.loadSlaPolicy);
  const savePolicy = useStore((s) => s.saveSlaPolicy);

  const show = (p: SlaPolicy) => {
    setPolicy(p);
    setWarnings(p.warnBeforeMin.map(String));
  };
  useEffect(() => {
    loadPolicy()
      .then(show)
      .catch(() => message.error(t('errors.INTERNAL')));
  }, [loadPolicy, message, t]);

  if (!policy)
    return <Card size="small" title={t('sla.policy.title')} loading style={{ marginBottom: 16 }} />;
  const parsed = parseWarnings(warnings);

  async function save() {
    if (!policy || !parsed) return;
    setSaving(true);
    try {
      const change = await savePolicy({ ...policy, warnBeforeMin: parsed });
      show(change.policy);
      message.success(t('sla.policy.saved', { count: change.recomputed }));
    } catch (error) {
      message.error(errorText(t, error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card size="small" title={t('sla.policy.title')} style={{ marginBottom: 16 }} data-testid="sla-policy">
      <PolicyTargets
        targets={policy.targets}
        onChange={(severity, change) =>
          setPolicy({
            ...policy,
            targets: { ...policy.targets, [severity]: { ...policy.targets[severity], ...change } },
          })
        }
      />
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Space size="large" wrap>
          {PAUSES.map((pause) => (
            <label key={pause}>
              <Switch
                size="small"
                checked={policy[pause]}
                onChange={(on) => setPolicy({ ...policy, [pause]: on })}
              />{' '}
              {t(`sla.policy.${pause}`)}
            </label>
          ))}
        </Space>
        <Space wrap align="center">
          <label htmlFor="sla-warnings">{t('sla.policy.warnings')}</label>
          <Select
            id="sla-warnings"
            mode="tags"
            size="small"
            style={{ minWidth: 220 }}
            status={parsed ? '' : 'error'}
            value={warnings}
            tokenSeparators={[',', '，', ' ']}
            placeholder={t('sla.policy.warningsPlaceholder')}
            open={false}
            suffixIcon={null}
            onChange={setWarnings}
          />
          {!parsed && (
            <Typography.Text type="danger">
              {t('sla.policy.invalidWarnings', { max: MAX_WARNINGS })}
            </Typography.Text>
          )}
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('sla.policy.help')}
        </Typography.Paragraph>
        <Space>
          <Button type="primary" size="small" loading={saving} disabled={!parsed} onClick={() => void save()}>
            {t('sla.policy.save')}
          </Button>
          <Button size="small" onClick={() => show(DEFAULT_SLA_POLICY)}>
            {t('sla.policy.reset')}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
