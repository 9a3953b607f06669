// Two articles the knowledge base's tests start from (the import and export journeys as they are, the others
// with their own text): a bilingual how-to, and an FAQ written in Chinese only.
import type { ArticleSaveInput } from '../../core/knowledge';

export const OUTLOOK: ArticleSaveInput = {
  versions: {
    'zh-CN': { title: 'Outlook 提示密码过期', body: '1. 打开 **设置**\n2. 重置密码' },
    en: { title: 'Outlook says the password expired', body: '1. Open **Settings**' },
  },
  kind: 'howto',
  audience: 'customers',
  supportArea: 'software_config',
  service: 'office365',
  tags: ['Outlook'],
  reviewDays: 30,
};

export const BILLING: ArticleSaveInput = {
  ...OUTLOOK,
  versions: { 'zh-CN': { title: '发票在哪里', body: '合作伙伴中心 > 计费' }, en: { title: '', body: '' } },
  kind: 'faq',
  supportArea: 'accounts_billing',
  service: null,
  tags: [],
};
