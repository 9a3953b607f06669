import { App, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

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
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  async function change(to: boolean) {
    setSaving(true);
    try {
      await save(to);
    } catch (error) {
      message.error(errorText(t, error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <span>
      <Switch
        size="small"
        checked={checked}
        loading={saving}
        aria-label={label}
        onChange={(to) => void change(to)}
      />
      <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
        {stateText}
      </Typography.Text>
    </span>
  );
}
