// Generates a knowledge base straight into SQLite (same schema and triggers as the services write, so the
// article index is built as in use): N published articles in Chinese and English, a few left English-only.
import { ARTICLE_KINDS } from '../../core/knowledge';
import { SUPPORT_AREAS } from '../../core/domain';
import { uuidv7 } from '../../db/ids';
import type { Db } from '../../db/open';
import { seededRandom } from '../../electron/services/seeded-random';

const SUBJECTS: readonly [zh: string, en: string][] = [
  ['Outlook 无法登录', 'Outlook cannot sign in'],
  ['邮件无法发送', 'Mail cannot be sent'],
  ['Teams 会议没有声音', 'No sound in Teams meetings'],
  ['OneDrive 同步失败', 'OneDrive sync fails'],
  ['密码过期后重置', 'Resetting an expired password'],
  ['多重身份验证 (MFA) 设置', 'Setting up multi-factor authentication (MFA)'],
  ['发票与账单核对', 'Checking invoices and billing'],
  ['许可证分配', 'Assigning licences'],
  ['Azure 虚拟机无法连接', 'Azure virtual machine unreachable'],
  ['Power BI 报表刷新失败', 'Power BI report refresh fails'],
  ['代理服务器设置', 'Proxy server settings'],
  ['共享邮箱权限', 'Shared mailbox permissions'],
  ['SharePoint 站点访问被拒绝', 'SharePoint site access denied'],
  ['Dynamics 365 数据导入', 'Dynamics 365 data import'],
  ['世纪互联服务中断通知', '21Vianet service incident notices'],
];
const STEPS: readonly [zh: string, en: string][] = [
  ['打开设置并选择帐户', 'Open Settings and choose Account'],
  ['清除凭据管理器中的缓存', 'Clear the cached entries in Credential Manager'],
  ['确认网络代理 (proxy) 配置正确', 'Check the network proxy configuration'],
  ['在管理中心检查许可证状态', 'Check the licence status in the admin centre'],
  ['重启客户端后再试一次', 'Restart the client and try again'],
  ['错误代码 AADSTS50076 表示需要 MFA', 'Error AADSTS50076 means MFA is required'],
  [
    '使用 Microsoft 365 世纪互联版的登录地址',
    'Use the sign-in address of Microsoft 365 operated by 21Vianet',
  ],
  ['提交工单时附上截图和时间', 'Attach a screenshot and the time when opening a ticket'],
];
const TAGS = ['Outlook', '邮件', 'VIP', 'MFA', '许可', 'Teams', 'Azure', 'BI', '账单'];
const SERVICES = ['office365', 'azure', 'dynamics365', 'powerbi', null];
const DAY = 86_400_000;

export function generateArticles(db: Db, agentId: string, count: number, seed = 5): string[] {
  const r = seededRandom(seed);
  const insert = db.prepare(
    `INSERT INTO articles (id, title_zh, body_zh, title_en, body_en, kind, audience, support_area, service,
       tags, status, review_days, reviewed_at, revision, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, 1, ?, ?, ?)`,
  );
  const ids: string[] = [];
  const start = Date.UTC(2025, 0, 1);
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const [zh, en] = r.pick(SUBJECTS);
      const steps = [r.pick(STEPS), r.pick(STEPS), r.pick(STEPS)];
      const bodyZh = steps.map(([s], n) => `${n + 1}. ${s}`).join('\n');
      const bodyEn = steps.map(([, s], n) => `${n + 1}. ${s}`).join('\n');
      const englishOnly = i % 17 === 0;
      const at = start + Math.floor(r.next() * 600) * DAY;
      const id = uuidv7(at);
      ids.push(id);
      const tags = [...new Set([r.pick(TAGS), r.pick(TAGS)])];
      insert.run(
        id,
        englishOnly ? '' : `${zh} (${i})`,
        englishOnly ? '' : `# ${zh}\n\n${bodyZh}`,
        `${en} (${i})`,
        `# ${en}\n\n${bodyEn}`,
        r.pick(ARTICLE_KINDS),
        r.next() < 0.8 ? 'customers' : 'internal',
        r.pick(SUPPORT_AREAS),
        r.pick(SERVICES),
        JSON.stringify(tags),
        r.pick([90, 180, 365]),
        at,
        at,
        at,
        agentId,
      );
    }
  })();
  return ids;
}
