import { describe, expect, it } from 'vitest';
import {
  composerDraft,
  draftFields,
  handoverDraft,
  handoverPlanDraft,
  newCaseDraft,
} from '../../core/drafts';

describe('draftFields', () => {
  it('keeps the fields in their expected shape and leaves out the rest', () => {
    expect(draftFields(newCaseDraft, { title: ' T ', severity: 'A', channel: 'fax', customerId: 7 })).toEqual(
      {
        title: ' T ',
        severity: 'A',
      },
    );
  });

  it('never writes a key the draft does not hold, so a form default stays', () => {
    expect(Object.keys(draftFields(composerDraft, { body: 'x' }))).toEqual(['body']);
    expect(draftFields(composerDraft, { mode: 'call', direction: 'out', minutes: 1.5 })).toEqual({
      mode: 'call',
      direction: 'out',
    });
  });

  it('takes a handover watch list whole or not at all', () => {
    const item = { id: 'w1', text: 'Notices', carriedFrom: null };
    expect(draftFields(handoverDraft, { watch: [item], notesNone: true })).toEqual({
      watch: [item],
      notesNone: true,
    });
    expect(draftFields(handoverDraft, { watch: [item, { id: 'w2' }] })).toEqual({});
  });
});

describe('handoverPlanDraft', () => {
  it('takes a whole plan, with no owner or deadline yet', () => {
    const plan = {
      nextAction: 'Call back',
      ownerId: null,
      deadline: null,
      contingencyIf: '',
      contingencyThen: '',
    };
    expect(handoverPlanDraft.parse(plan)).toEqual(plan);
    expect(handoverPlanDraft.safeParse({ nextAction: 42 }).success).toBe(false);
  });
});
