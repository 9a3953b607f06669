import { SendOutlined } from '@ant-design/icons';
import type { Feature } from '../../lib/navigation';
import { tabbedPage } from '../../lib/pages';
import { createEscalationSlice, type EscalationSlice } from './escalation-slice';
import { ESCALATIONS_TABS, type EscalationsTab } from './tabs';
import { lazyComponent } from '../../lib/lazy-component';

const EscalationsPage = lazyComponent(() => import('./EscalationsPage'), 'EscalationsPage');

declare module '../../lib/navigation' {
  interface RouteParams {
    escalations: { tab: EscalationsTab };
  }
}
declare module '../../store/slice' {
  interface StoreSlices {
    escalation: EscalationSlice;
  }
}

/** 21Vianet: customer escalations, Partner Center requests and the queue of hand-offs waiting for the network. */
export const escalationsFeature: Feature = {
  pages: [tabbedPage('escalations', ESCALATIONS_TABS, (tab) => <EscalationsPage tab={tab} />)],
  menu: {
    key: 'escalations',
    icon: <SendOutlined />,
    label: 'escalationList.nav',
    route: { name: 'escalations', tab: 'customer' },
  },
  slices: [createEscalationSlice],
};
