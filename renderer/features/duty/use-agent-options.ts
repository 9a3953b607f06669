import { useMemo } from 'react';
import { useStore } from '../../store';

/** The active agents as select options, and every agent's name by id (inactive ones still name old rows). */
export function useAgentOptions() {
  const team = useStore((s) => s.team);
  return useMemo(
    () => ({
      options: team.filter((a) => a.active).map((a) => ({ value: a.id, label: a.name })),
      nameOf: (id: string) => team.find((a) => a.id === id)?.name ?? '—',
      activeIds: new Set(team.filter((a) => a.active).map((a) => a.id)),
    }),
    [team],
  );
}

/** Whether the signed-in agent may change the roster and the team. */
export const useIsLead = () => useStore((s) => s.duty?.signedIn?.role === 'lead');
