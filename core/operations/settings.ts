// The app itself and its settings. Implemented by electron/services/settings.ts.
import {
  type AppInfo,
  appInfoInput,
  type Settings,
  settingsGetInput,
  settingsUpdateInput,
} from '../settings';
import { ANYONE, reads, writes } from '../operation';

export const settingsOperations = {
  'app.info': reads<AppInfo>()(appInfoInput),
  'settings.get': reads<Settings>()(settingsGetInput),
  'settings.update': writes<Settings>()(settingsUpdateInput, ANYONE),
};
