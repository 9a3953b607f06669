// Sign-in at a terminal, and the duty sessions it records. Implemented by electron/services/duty.ts.
import {
  type DutySession,
  dutySessionsInput,
  dutySignInInput,
  dutySignOutInput,
  type DutyStatus,
  dutyStatusInput,
} from '../duty';
import { ANYONE, reads, writes } from '../operation';

export const dutyOperations = {
  'duty.status': reads<DutyStatus>()(dutyStatusInput),
  'duty.signIn': writes<DutyStatus>()(dutySignInInput, ANYONE),
  'duty.signOut': writes<DutyStatus>()(dutySignOutInput),
  'duty.sessions': reads<DutySession[]>()(dutySessionsInput),
};
