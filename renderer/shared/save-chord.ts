import type { FormInstance } from 'antd';
import type { KeyboardEvent } from 'react';
import { isSaveChord } from '../lib/use-hotkey';

/** A form's key handler: Ctrl/Cmd+Enter anywhere in it submits it. */
export const submitOnSaveChord =
  (form: FormInstance) =>
  (event: KeyboardEvent): void => {
    if (!isSaveChord(event)) return;
    event.preventDefault();
    form.submit();
  };
