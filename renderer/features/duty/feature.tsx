import { ScheduleOutlined } from '@ant-design/icons';
import type { Feature } from '../../lib/navigation';
import { tabbedPage } from '../../lib/pages';
import { createDutySlice, type DutySlice } from './duty-slice';
import { DutyHeader } from './DutyHeader';
import { createRosterSlice, type RosterSlice } from './roster-slice';
import { DUTY_TABS, type DutyTab } from './tabs';
import { lazyComponent } from '../../lib/lazy-component';

const DutyPage = lazyComponent(() => import('./DutyPage'), 'DutyPage');

declare module '../../lib/navigation' {
  interface RouteParams {
    duty: { tab: DutyTab };
  }
}
declare module '../../store/slice' {
  interface StoreSlices {
    duty: DutySlice;
    roster: RosterSlice;
  }
}

/** 值班 / Duty: coverage, the roster, sessions; in the header, the signed-in agent and the no-one-on-duty warning. */
export const dutyFeature: Feature = {
  pages: [tabbedPage('duty', DUTY_TABS, (tab) => <DutyPage tab={tab} />)],
  menu: {
    key: 'duty',
    icon: <ScheduleOutlined />,
    label: 'duty.nav',
    route: { name: 'duty', tab: 'coverage' },
  },
  slices: [createDutySlice, createRosterSlice],
  header: DutyHeader,
};
