import { Switch, Typography } from 'antd';
import { useBusyCall } from './use-busy-call';

interface Props {
  checked: boolean;
  /** The flag's name, for assistive technology. */
  label: string;
  /** What the flag's state means, written beside the switch. */
  stateText: string;
  save(checked: boolean): Promise<unknown>;
}

/** A yes/no flag of a record flipped in place: saved at once, spinning meanwhile, a failure a message. */
export function FlagSwitch({ checked, label, stateText, save }: Props) {
  const { busy, run } = useBusyCall();

  return (
    <span>
      <Switch
        size="small"
        checked={checked}
        loading={busy}
        aria-label={label}
        onChange={(to) => void run(() => save(to))}
      />
      <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
        {stateText}
      </Typography.Text>
    </span>
  );
}
