import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/cases';
import { useStore } from '../../store';
import { useBusyCall } from '../../shared/use-busy-call';

const UNASSIGNED = '';

/** The owner, changed in place: any agent, or nobody. */
export function OwnerControl({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const agents = useStore((s) => s.agents);
  const me = useStore((s) => s.agent);
  const assign = useStore((s) => s.assign);
  const loadCase = useStore((s) => s.loadCase);
  const { busy: saving, run } = useBusyCall();

  // The owner is listed even before the agents have loaded, so the select never shows a bare id.
  const known =
    agents.some((a) => a.id === detail.owner?.id) || !detail.owner ? agents : [...agents, detail.owner];
  const options = [
    { value: UNASSIGNED, label: t('caseOwner.none') },
    ...known.map((a) => ({
      value: a.id,
      label: a.id === me?.id ? t('caseOwner.me', { name: a.name }) : a.name,
    })),
  ];

  const change = (value: string) =>
    run(
      () => assign(detail, value === UNASSIGNED ? null : value),
      () => void loadCase(detail.id),
    );

  return (
    <Select
      size="small"
      variant="borderless"
      aria-label={t('fields.owner')}
      style={{ minWidth: 160, marginBlock: -2 }}
      loading={saving}
      value={detail.owner?.id ?? UNASSIGNED}
      options={options}
      onChange={(value: string) => void change(value)}
    />
  );
}
