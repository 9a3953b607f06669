// What the desktop shell reads of the desk (tray, badge, quit confirmation, case links). Implemented by
// electron/services/desktop.ts.
import { caseByNumberInput, desktopStatusInput, type CaseByNumber, type DesktopStatus } from '../desktop';
import { reads } from '../operation';

export const desktopOperations = {
  'desktop.status': reads<DesktopStatus>()(desktopStatusInput),
  'desktop.caseByNumber': reads<CaseByNumber>()(caseByNumberInput),
};
