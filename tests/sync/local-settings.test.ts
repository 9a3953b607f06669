import { expect, it } from 'vitest';
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
