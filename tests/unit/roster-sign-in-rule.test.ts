import { describe, expect, it } from 'vitest';
import { needsSignIn } from '../../core/api';

describe('which operations need an agent signed in', () => {
  it('lets reads, signing in and the interface language through', () => {
    for (const name of [
      'app.info',
      'settings.get',
      'settings.update',
      'cases.list',
      'cases.get',
      'cases.search',
      'cases.count',
      'cases.export',
      'tags.suggest',
      'cases.similarOpen',
      'agents.list',
      'drafts.get',
      'attachments.content',
      'duty.status',
      'duty.signIn',
      'duty.sessions',
      'roster.get',
      'roster.coverage',
    ]) {
      expect(needsSignIn(name), name).toBe(false);
    }
  });

  it('guards everything that records something, and any operation it does not know to be a read', () => {
    for (const name of [
      'cases.create',
      'cases.addNote',
      'cases.changeStatus',
      'cases.assign',
      'customers.create',
      'customers.importCommit',
      'drafts.save',
      'attachments.add',
      'agents.create',
      'agents.setPin',
      'duty.signOut',
      'roster.addShift',
      'roster.setUtcOffset',
      'somethingNew.approve',
    ]) {
      expect(needsSignIn(name), name).toBe(true);
    }
  });
});
