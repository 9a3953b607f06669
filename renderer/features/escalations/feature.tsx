import { SendOutlined } from '@ant-design/icons';
import { definePage, type Feature } from '../../lib/navigation';
import { createEscalationSlice, type EscalationSlice } from './escalation-slice';
import { EscalationsPage } from './EscalationsPage';
import { ESCALATIONS_TABS, type EscalationsTab } from './tabs';

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
  pages: [
    definePage({
      name: 'escalations',
      parse: (parts) =>
        parts[0] === 'escalations'
          ? { name: 'escalations', tab: ESCALATIONS_TABS.find((t) => t === parts[1]) ?? 'customer' }
          : null,
      format: (route) => (route.tab === 'customer' ? '#/escalations' : `#/escalations/${route.tab}`),
      render: (route) => <EscalationsPage tab={route.tab} />,
      section: 'escalations',
    }),
  ],
  menu: {
    key: 'escalations',
    icon: <SendOutlined />,
    label: 'escalationList.nav',
    route: { name: 'escalations', tab: 'customer' },
  },
  slices: [createEscalationSlice],
};
