// The roster and its coverage. Implemented by electron/services/roster.ts.
import {
  type CoverageView,
  type Roster,
  rosterAddExceptionInput,
  rosterAddShiftInput,
  rosterCoverageInput,
  rosterGetInput,
  rosterRemoveInput,
  rosterSetOffsetInput,
  rosterUpdateShiftInput,
} from '../duty';
import { reads, writes } from '../operation';

export const rosterOperations = {
  'roster.get': reads<Roster>()(rosterGetInput),
  'roster.addShift': writes<Roster>()(rosterAddShiftInput),
  'roster.updateShift': writes<Roster>()(rosterUpdateShiftInput),
  'roster.removeShift': writes<Roster>()(rosterRemoveInput),
  'roster.addException': writes<Roster>()(rosterAddExceptionInput),
  'roster.removeException': writes<Roster>()(rosterRemoveInput),
  'roster.setUtcOffset': writes<Roster>()(rosterSetOffsetInput),
  'roster.coverage': reads<CoverageView>()(rosterCoverageInput),
};
