import { describe, expect, it } from 'vitest';
import { heal, joinedPair, serverDatabase } from './support';

const server = serverDatabase();

it('the desk’s hand-off addresses reach every workstation; each keeps its own download folder and language', async () => {
  const [a, b] = await joinedPair(server.url);
  b.call('handoffSettings.update', { downloadDir: '/home/li/下载' });
  a.call('handoffSettings.update', {
    downloadDir: '/Users/wang/Downloads/21v',
    partnerCenterUrl: 'https://portal.partner.microsoftonline.cn/partner',
  });
  a.call('settings.update', { language: 'en' });
  await heal([a, b]);
  const seen = b.call('handoffSettings.get', {});
  expect(seen.partnerCenterUrl).toBe('https://portal.partner.microsoftonline.cn/partner');
  expect(seen.downloadDir).toBe('/home/li/下载');
  expect(b.call('settings.get', {}).language).toBe('zh-CN');
});

// A desk of its own: on the one above, the first test's settings are already stored.
describe('a fresh desk', () => {
  const own = serverDatabase();

  it('saving the hand-off form with only the download folder changed sends nothing to the desk', async () => {
    const [a] = await joinedPair(own.url, { healed: true });
    const before = a.waiting();
    const shown = a.call('handoffSettings.get', {});
    a.call('handoffSettings.update', {
      adminCenterUrl: shown.adminCenterUrl,
      partnerCenterUrl: shown.partnerCenterUrl,
      allowlist: shown.allowlist,
      summaryLanguage: shown.summaryLanguage,
      downloadDir: '/Users/wang/Downloads/21v',
    });
    expect(a.waiting()).toBe(before);
    expect(a.call('handoffSettings.get', {}).downloadDir).toBe('/Users/wang/Downloads/21v');
  });
});
