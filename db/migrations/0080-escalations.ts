import type { Migration } from './types';

// Hand-offs to 21Vianet. An escalation belongs to a case (one open at a time) and keeps why the desk could
// not solve it (reasons with evidence, one row each so that the report can count them); its submission and
// later updates are also case timeline events (the SLA clocks and the history read those). A Partner Center
// request has no case, so it keeps its own append-only history. A draft (status 'draft', no request number)
// is the offline queue: prepared, waiting for the network and the agent to submit it in 21Vianet's form;
// it never reached 21Vianet, so discarding it deletes it and it leaves no history.
// Customers gain the premium-agreement flag: only they may ask 21Vianet for severity A.
const STATUSES = `('draft', 'submitted', 'contacted', 'solution_given', 'closed', 'withdrawn')`;
const OPEN = `('draft', 'submitted', 'contacted', 'solution_given')`;
const TRACKING = `
        status TEXT NOT NULL CHECK (status IN ${STATUSES}),
        severity TEXT NOT NULL CHECK (severity IN ('A', 'B', 'C')),
        business_impact TEXT NOT NULL,
        contact TEXT NOT NULL,
        summary_language TEXT NOT NULL CHECK (summary_language IN ('zh-CN', 'en')),
        queued_offline INTEGER NOT NULL DEFAULT 0 CHECK (queued_offline IN (0, 1)),
        request_number TEXT,
        vianet_severity TEXT CHECK (vianet_severity IN ('A', 'B', 'C')),
        vianet_contact TEXT,
        agent_id TEXT NOT NULL REFERENCES agents (id),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        submitted_at INTEGER,
        ended_at INTEGER,
        -- Submitted means 21Vianet gave a number; a draft has none.
        CHECK ((status = 'draft') = (request_number IS NULL)),
        CHECK ((status = 'draft') = (submitted_at IS NULL)),
        CHECK ((status IN ('closed', 'withdrawn')) = (ended_at IS NOT NULL))`;

export const escalations: Migration = {
  version: 80,
  name: 'escalations',
  up(db) {
    db.exec(`
      ALTER TABLE customers ADD COLUMN premium_agreement INTEGER NOT NULL DEFAULT 0
        CHECK (premium_agreement IN (0, 1));

      CREATE TABLE escalations (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id),
        service TEXT NOT NULL REFERENCES services (key),
        title TEXT NOT NULL,
        issue TEXT NOT NULL,
        tried TEXT NOT NULL,
        target TEXT NOT NULL CHECK (target IN ('partner_center', 'admin_center')),
        ${TRACKING}
      ) STRICT;
      CREATE UNIQUE INDEX escalations_one_open_per_case ON escalations (case_id) WHERE status IN ${OPEN};
      CREATE INDEX escalations_case ON escalations (case_id, created_at);
      CREATE INDEX escalations_submitted ON escalations (submitted_at) WHERE submitted_at IS NOT NULL;
      CREATE INDEX escalations_status ON escalations (status, updated_at);
      CREATE UNIQUE INDEX escalations_request_number ON escalations (request_number)
        WHERE request_number IS NOT NULL;

      CREATE TABLE escalation_reasons (
        escalation_id TEXT NOT NULL REFERENCES escalations (id) ON DELETE CASCADE,
        reason TEXT NOT NULL CHECK (reason IN ('training', 'documentation', 'tools')),
        evidence TEXT NOT NULL CHECK (length(evidence) > 0),
        PRIMARY KEY (escalation_id, reason)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE partner_requests (
        id TEXT PRIMARY KEY,
        category TEXT NOT NULL CHECK (category IN ('technical', 'billing', 'customer_subscription')),
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        ${TRACKING}
      ) STRICT;
      CREATE INDEX partner_requests_status ON partner_requests (status, updated_at);
      CREATE INDEX partner_requests_submitted ON partner_requests (submitted_at) WHERE submitted_at IS NOT NULL;
      CREATE UNIQUE INDEX partner_requests_request_number ON partner_requests (request_number)
        WHERE request_number IS NOT NULL;

      CREATE TABLE partner_request_events (
        id TEXT PRIMARY KEY,
        request_id TEXT NOT NULL REFERENCES partner_requests (id),
        agent_id TEXT NOT NULL REFERENCES agents (id),
        at INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('submitted', 'updated')),
        payload TEXT NOT NULL CHECK (json_valid(payload))
      ) STRICT;
      CREATE INDEX partner_request_events_request ON partner_request_events (request_id, at, id);
      CREATE TRIGGER partner_request_events_no_update BEFORE UPDATE ON partner_request_events
        BEGIN SELECT RAISE(ABORT, 'partner_request_events is append-only'); END;
      CREATE TRIGGER partner_request_events_no_delete BEFORE DELETE ON partner_request_events
        BEGIN SELECT RAISE(ABORT, 'partner_request_events is append-only'); END;
    `);
  },
};
