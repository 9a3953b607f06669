// The demo desk's knowledge base: a few published articles in both languages, one per common question, so
// that the knowledge page and the suggestions on a new case have something to show.
import type { ArticleSaveInput } from '../../core/knowledge';
import type { ServiceContext } from './context';
import { saveArticle, setArticleStatus } from './knowledge';

type Demo = Omit<ArticleSaveInput, 'reviewDays'> & { reviewDays?: number };

const step = (lines: string[]) => lines.map((l, i) => `${i + 1}. ${l}`).join('\n');

const ARTICLES: Demo[] = [
  {
    versions: {
      'zh-CN': {
        title: 'Outlook 提示密码过期或反复要求登录',
        body: `## 现象\n\nOutlook 反复弹出登录框，或提示“密码已过期”。\n\n## 处理步骤\n\n${step([
          '在 **https://portal.partner.microsoftonline.cn** 重置密码',
          '打开 Windows **凭据管理器**，删除以 `MicrosoftOffice` 开头的凭据',
          '重启 Outlook 并使用新密码登录',
        ])}`,
      },
      en: {
        title: 'Outlook says the password expired or keeps asking to sign in',
        body: `## Symptom\n\nOutlook keeps showing the sign-in box, or says the password has expired.\n\n## Steps\n\n${step(
          [
            'Reset the password at **https://portal.partner.microsoftonline.cn**',
            'Open Windows **Credential Manager** and remove the entries starting with `MicrosoftOffice`',
            'Restart Outlook and sign in with the new password',
          ],
        )}`,
      },
    },
    kind: 'howto',
    audience: 'customers',
    supportArea: 'client_connectivity',
    service: 'office365',
    tags: ['Outlook', '密码'],
  },
  {
    versions: {
      'zh-CN': {
        title: '如何为用户开启多重身份验证 (MFA)',
        body: step([
          '以管理员身份登录 Microsoft 365 管理中心',
          '选择 **用户** → **活跃用户** → **多重身份验证**',
          '勾选用户并选择 **启用**',
        ]),
      },
      en: {
        title: 'How to turn on multi-factor authentication (MFA) for a user',
        body: step([
          'Sign in to the Microsoft 365 admin centre as an administrator',
          'Choose **Users** → **Active users** → **Multi-factor authentication**',
          'Select the user and choose **Enable**',
        ]),
      },
    },
    kind: 'howto',
    audience: 'customers',
    supportArea: 'account_setup',
    service: 'office365',
    tags: ['MFA'],
  },
  {
    versions: {
      'zh-CN': {
        title: '发票金额与订阅数量不一致怎么办',
        body: '按月结算的订阅在月中增加许可证时按天计费，发票金额会与订阅数量乘单价不同。请核对 **许可证变更日期**。',
      },
      en: {
        title: 'Why the invoice does not match the number of licences',
        body: 'Licences added mid-month are billed by the day, so the invoice differs from the count times the unit price. Check the **licence change dates**.',
      },
    },
    kind: 'faq',
    audience: 'customers',
    supportArea: 'accounts_billing',
    service: null,
    tags: ['账单'],
  },
  {
    versions: {
      'zh-CN': {
        title: 'Teams 会议没有声音（已知问题）',
        body: '## 解决办法\n\n在 Teams **设置 → 设备** 中重新选择扬声器和麦克风；若仍无声音，退出 Teams 后清除缓存文件夹 `%appdata%\\Microsoft\\Teams`。',
      },
      en: {
        title: 'No sound in Teams meetings (known issue)',
        body: '## Workaround\n\nChoose the speaker and microphone again under Teams **Settings → Devices**; if there is still no sound, quit Teams and clear the cache folder `%appdata%\\Microsoft\\Teams`.',
      },
    },
    kind: 'known_issue',
    audience: 'customers',
    supportArea: 'software_config',
    service: 'office365',
    tags: ['Teams'],
  },
  {
    versions: {
      'zh-CN': {
        title: '呈报世纪互联前的检查清单',
        body: step([
          '确认客户租户域名和 Partner Center 客户 ID',
          '收集错误信息、截图和发生时间',
          '确认严重级别（A/B/C）并说明业务影响',
        ]),
      },
      en: {
        title: 'Checklist before escalating to 21Vianet',
        body: step([
          "Confirm the customer's tenant domain and Partner Center customer ID",
          'Collect the error message, a screenshot and the time it happened',
          'Confirm the severity (A/B/C) and describe the business impact',
        ]),
      },
    },
    kind: 'runbook',
    audience: 'internal',
    supportArea: 'performance_availability',
    service: null,
    tags: ['世纪互联'],
  },
];

/** Writes the demo articles and publishes them; returns how many. */
export function fillDemoKnowledge(ctx: ServiceContext): number {
  for (const demo of ARTICLES) {
    const article = saveArticle(ctx, { reviewDays: 180, ...demo });
    setArticleStatus(ctx, { id: article.id, status: 'published' });
  }
  return ARTICLES.length;
}
