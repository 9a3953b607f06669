import type { HandoffStatus } from '../../../core/escalation-status';
import { ValueTag } from '../../shared/labels';

const COLOR: Record<HandoffStatus, string> = {
  draft: 'orange',
  submitted: 'purple',
  contacted: 'geekblue',
  solution_given: 'cyan',
  closed: 'default',
  withdrawn: 'default',
};

export function HandoffStatusTag({ status }: { status: HandoffStatus }) {
  return <ValueTag color={COLOR[status]} label={`handoff.statuses.${status}`} />;
}
