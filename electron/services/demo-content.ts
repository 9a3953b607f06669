import type { SupportArea } from '../../core/domain';
import type { EscalationReason } from '../../core/escalations';

// A realistic bilingual desk: customers of a reseller and the problems they bring, per support area.
export const DEMO_CUSTOMERS: ReadonlyArray<readonly [name: string, tenant: string]> = [
  ['上海明远贸易有限公司', 'mingyuan'],
  ['北京华信科技股份有限公司', 'huaxintech'],
  ['深圳市海岸线电子有限公司', 'coastline-sz'],
  ['杭州云栖文化传媒有限公司', 'yunqimedia'],
  ['广州南方物流集团', 'nanfang-logistics'],
  ['成都天府软件园管理有限公司', 'tianfu-park'],
  ['苏州工业园区精密制造有限公司', 'sz-precision'],
  ['武汉长江医疗器械有限公司', 'changjiang-med'],
  ['南京金陵教育科技有限公司', 'jinling-edu'],
  ['厦门鹭岛航运有限公司', 'ludao-shipping'],
  ['青岛海润食品有限公司', 'hairun-food'],
  ['天津滨海新能源有限公司', 'binhai-energy'],
  ['Contoso China Ltd.', 'contosocn'],
  ['Fabrikam Shanghai Trading Co.', 'fabrikamsh'],
  ['Northwind Logistics (Shenzhen)', 'northwind-sz'],
  ['Adventure Works Beijing', 'adventureworks-bj'],
  ['Tailspin Toys Guangzhou', 'tailspin-gz'],
  ['Woodgrove Finance Services', 'woodgrove-fin'],
  ['Litware Education Group', 'litware-edu'],
  ['Proseware Medical Devices', 'proseware-med'],
];

export const DEMO_TITLES: Record<SupportArea, readonly string[]> = {
  account_setup: [
    '新员工账号无法激活',
    '需要为分公司创建 50 个用户账号',
    '管理员角色分配后无法访问管理中心',
    'New hire cannot activate Office 365 account',
    'Set up admin roles for new IT manager',
  ],
  accounts_billing: [
    '本月发票金额与订阅数量不符',
    '需要变更付款方式和开票信息',
    'Azure 订阅费用异常增长',
    'Invoice shows duplicate Power BI Pro licences',
    'Request to reduce Office 365 E3 seat count',
  ],
  howto_faq: [
    '如何在 Outlook 中设置共享邮箱',
    '如何在 Teams 中创建外部会议',
    'OneDrive 文件共享权限如何设置',
    'How to enable MFA for all users',
    'How to recover a deleted mailbox item',
  ],
  updates: [
    'Office 更新后 Excel 频繁崩溃',
    '需要推迟 Windows 客户端的 Office 功能更新',
    'Teams 新版本推送计划咨询',
    'Outlook update broke the CRM add-in',
    'Question about upcoming Exchange Online retirement',
  ],
  software_config: [
    'Exchange 邮件流规则配置错误',
    'SharePoint 站点权限继承问题',
    'Azure 虚拟机网络安全组配置',
    'Configure DKIM for custom domain',
    'Dynamics 365 security role misconfigured',
  ],
  client_connectivity: [
    '客户无法登录 Outlook',
    'Teams 客户端无法连接会议',
    'VPN 环境下 OneDrive 同步失败',
    'Outlook keeps prompting for password',
    'Mobile devices cannot sync mail via ActiveSync',
  ],
  performance_availability: [
    'SharePoint 页面加载缓慢',
    'Azure 应用服务响应时间变长',
    'Exchange Online 邮件延迟投递',
    'Power BI reports time out during refresh',
    'Intermittent Teams call quality issues in Shanghai office',
  ],
};

export const DEMO_NOTES: readonly string[] = [
  '已电话联系客户，确认问题可复现。',
  '已请客户提供截图和错误代码。',
  '远程协助中，已检查客户端版本。',
  '已按知识库文章给出操作步骤，等待客户确认。',
  'Called the customer; issue reproduced on two machines.',
  'Asked the customer for the exact error message and a screenshot.',
  'Checked the tenant health dashboard: no active incident.',
  'Sent the how-to article; waiting for confirmation.',
];

/** What 21Vianet answers, as the agent records it with the solution. */
export const DEMO_SOLUTION =
  '世纪互联：该错误由租户的条件访问策略引起。请在 Microsoft 365 管理中心排除受影响的用户，等待 15 分钟后重新登录验证。';

/** A sentence of evidence per escalation reason, as a desk would write it. */
export const DEMO_EVIDENCE: Readonly<Record<EscalationReason, string>> = {
  training: '值班团队尚未接受 Exchange 混合部署排错培训。',
  documentation: '世纪互联文档和知识库中均未找到该错误代码的说明。',
  tools: '我们无权查看该租户的登录日志，无法进一步诊断。',
};

/** First replies to customers, as the desk writes them. */
export const DEMO_REPLIES: readonly string[] = [
  '您好，我们已收到您的问题，正在处理，稍后电话联系您。',
  '您好，请提供出现问题的账号和错误截图，便于我们排查。',
  'Hello, we have your request and are looking into it; we will call you shortly.',
  'Hello, could you send the exact error message and when it started?',
];
