// The agents report: per agent and period, the cases they handled, the replies they sent, the first
// responses they made in time, the handovers they gave, and how fast they read back the ones they took.
import type { LeadGranularity, LeadPeriod } from './lead-reports';

export interface AgentTally {
  /** Cases the agent acted on (any timeline entry) or was assigned in the period, each once. */
  casesHandled: number;
  replies: number;
  /** First-response clocks the agent's reply or call ended, and how many of those were in time. */
  firstResponses: number;
  firstResponsesMet: number;
  /** Handovers the agent wrote, and how many of those the next agent acknowledged. */
  handoversGiven: number;
  handoversGivenAcknowledged: number;
  /** Handovers the agent acknowledged as the incoming agent, and how long each read-back took. */
  readBacks: number;
  medianReadBackMs: number | null;
  averageReadBackMs: number | null;
}

/** The counts in the order the report shows them. */
export const AGENT_COUNTS = [
  'casesHandled',
  'replies',
  'firstResponses',
  'handoversGiven',
  'readBacks',
] as const satisfies readonly (keyof AgentTally)[];

export interface AgentRow extends AgentTally {
  agentId: string;
  agentName: string;
}

export interface AgentsReportPeriod extends LeadPeriod {
  /** Only agents with something in the period. */
  agents: AgentRow[];
}

export interface AgentsReport {
  from: number;
  to: number;
  granularity: LeadGranularity;
  periods: AgentsReportPeriod[];
  /** The whole range per agent (distinct cases and medians are counted over it, not summed). */
  totals: AgentRow[];
  generatedAt: number;
}

export const EMPTY_AGENT_TALLY: AgentTally = {
  casesHandled: 0,
  replies: 0,
  firstResponses: 0,
  firstResponsesMet: 0,
  handoversGiven: 0,
  handoversGivenAcknowledged: 0,
  readBacks: 0,
  medianReadBackMs: null,
  averageReadBackMs: null,
};
