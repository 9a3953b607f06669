// The hand-off window and its settings. Implemented by electron/services/handoff.ts.
import {
  handoffGetSettingsInput,
  type HandoffOpened,
  handoffOpenInput,
  type HandoffSettings,
  handoffUpdateSettingsInput,
} from '../handoff-settings';
import { reads, writes } from '../operation';

export const handoffOperations = {
  'handoffSettings.get': reads<HandoffSettings>()(handoffGetSettingsInput),
  'handoffSettings.update': writes<HandoffSettings>()(handoffUpdateSettingsInput),
  'handoff.open': reads<HandoffOpened>()(handoffOpenInput),
};
