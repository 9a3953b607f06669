import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandoffWindowRequest } from '../../electron/services/platform';
import { DEFAULT_HANDOFF_ALLOWLIST } from '../../electron/security/handoff-policy';
import { openTestDesk, type TestDesk } from './case-support';

let t: TestDesk;

const settings = () => t.call('handoffSettings.get', {});

describe('hand-off settings', () => {
  it('default to 21Vianet’s admin center, the built-in allowlist and the interface language', () => {
    t = openTestDesk();
    expect(settings()).toMatchObject({
      adminCenterUrl: 'https://portal.partner.microsoftonline.cn/adminportal/',
      partnerCenterUrl: '',
      allowlist: [...DEFAULT_HANDOFF_ALLOWLIST],
      defaultAllowlist: [...DEFAULT_HANDOFF_ALLOWLIST],
      downloadDir: '',
      summaryLanguage: 'zh-CN',
    });
    expect(path.isAbsolute(settings().defaultDownloadDir)).toBe(true);
    t.call('settings.update', { language: 'en' });
    expect(settings().summaryLanguage).toBe('en');
    t.call('handoffSettings.update', { summaryLanguage: 'zh-CN' });
    expect(settings().summaryLanguage).toBe('zh-CN');
  });

  it('keep both addresses on the allowlist and every entry an https origin, next to each field', () => {
    t = openTestDesk();
    expect(
      t.fail('handoffSettings.update', {
        partnerCenterUrl: 'https://partner.example.cn/support',
        allowlist: ['https://portal.partner.microsoftonline.cn', 'http://partner.example.cn', 'ftp://x.cn'],
        downloadDir: 'relative/folder',
      }).issues,
    ).toEqual([
      { path: 'allowlist.1', message: 'validation.allowlistEntry' },
      { path: 'allowlist.2', message: 'validation.allowlistEntry' },
      { path: 'partnerCenterUrl', message: 'validation.notAllowlisted' },
      { path: 'downloadDir', message: 'validation.absolutePath' },
    ]);
    // Dropping the admin center's host from the allowlist would leave its address unusable.
    expect(t.fail('handoffSettings.update', { allowlist: ['https://portal.azure.cn'] }).issues).toEqual([
      { path: 'adminCenterUrl', message: 'validation.notAllowlisted' },
    ]);
    expect(t.fail('handoffSettings.update', { adminCenterUrl: 'not a url' }).issues).toEqual([
      { path: 'adminCenterUrl', message: 'validation.url' },
    ]);
    expect(settings().partnerCenterUrl).toBe('');

    const folder = path.resolve('/tmp/handoff-downloads');
    const saved = t.call('handoffSettings.update', {
      partnerCenterUrl: 'https://partner.example.cn/support',
      allowlist: [...DEFAULT_HANDOFF_ALLOWLIST, 'partner.example.cn', '', 'partner.example.cn'],
      downloadDir: folder,
    });
    expect(saved.allowlist).toEqual([...DEFAULT_HANDOFF_ALLOWLIST, 'partner.example.cn']);
    expect(settings()).toMatchObject({
      partnerCenterUrl: 'https://partner.example.cn/support',
      downloadDir: folder,
    });
  });
});

describe('opening the hand-off', () => {
  it('refuses an address off the allowlist and, in browser mode, hands the address back for a tab', () => {
    t = openTestDesk();
    expect(
      t.fail('handoff.open', { url: 'https://portal.partner.microsoftonline.cn.evil.example/' }),
    ).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'url', message: 'validation.notAllowlisted' }],
    });
    expect(t.fail('handoff.open', { url: 'javascript:alert(1)' }).code).toBe('VALIDATION');
    expect(
      t.call('handoff.open', {
        url: 'https://PORTAL.partner.microsoftonline.cn/adminportal/',
      }),
    ).toEqual({ opened: false, url: 'https://portal.partner.microsoftonline.cn/adminportal/' });
  });

  it('asks the desktop shell to open its window with the allowlist and download folder', () => {
    const opened: HandoffWindowRequest[] = [];
    t = openTestDesk({ platform: { openHandoff: (request) => opened.push(request) } });
    t.call('handoffSettings.update', {
      allowlist: [...DEFAULT_HANDOFF_ALLOWLIST, 'http://127.0.0.1:4100'],
      partnerCenterUrl: 'http://127.0.0.1:4100/form',
    });
    expect(t.call('handoff.open', { url: 'http://127.0.0.1:4100/form' })).toEqual({
      opened: true,
      url: 'http://127.0.0.1:4100/form',
    });
    expect(opened).toEqual([
      {
        url: 'http://127.0.0.1:4100/form',
        allowlist: [...DEFAULT_HANDOFF_ALLOWLIST, 'http://127.0.0.1:4100'],
        downloadDir: settings().defaultDownloadDir,
      },
    ]);
  });
});
