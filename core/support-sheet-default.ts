// The support-process sheet the app ships with (version 1, seeded by migration 0240), in both languages.
// The desk's own phone number, mailbox and chat are not known to the app: the template holds them, and the
// desk writes them in under Settings. Placeholders: core/support-sheet.ts.
import type { Language } from './domain';

const ZH = `# 支持流程说明

**客户：** {customer} · **租户：** {tenant} · **合作伙伴中心客户 ID：** {partner_id}

我们是贵单位所用的由世纪互联运营的 Microsoft 云服务的云解决方案提供商（CSP）经销商。对于我们转售的所有服务，贵单位的运营、计费和技术支持问题都请直接联系我们。

## 我们为您转售的服务
{services}

## 贵单位的指定联系人
{contacts}

## 支持渠道与时间
我们全年 365 天、每天 24 小时提供支持，节假日照常。
- 电话：（请在设置中填写服务台电话）
- 电子邮件：（请在设置中填写服务台邮箱）
- 在线聊天：（请在设置中填写聊天渠道）

## 严重级别与响应目标
请在报告问题时告诉我们您认为的严重级别。以下时间从我们收到问题起计算，全天候计时。
{severity_targets}

## 报告问题时请提供
- 贵单位名称和租户（{tenant}）
- 受影响的服务、用户，以及问题开始的时间
- 完整的错误信息和截图，问题能否重现
- 对业务的影响，以及您认为的严重级别（A、B 或 C）
- 已经尝试过的步骤
- 方便联系您的方式和时间

## 何时以及如何呈报给世纪互联
我们会首先自行处理您的问题。只有在我们缺少必要的培训、文档或支持工具、无法合理地为您提供支持时，才会通过合作伙伴中心代表贵单位向世纪互联提交服务请求。呈报后，我们会告诉您世纪互联的请求编号，继续作为您的联系人跟进，并随时通报进展；您无需自行联系世纪互联。

---
支持流程说明第 {version} 版 · {date}
`;

const EN = `# Support process sheet

**Customer:** {customer} · **Tenant:** {tenant} · **Partner Center customer ID:** {partner_id}

We are your Cloud Solution Provider (CSP) reseller for the Microsoft cloud services operated by 21Vianet. For every service we resell to you, we are your point of contact for all operational, billing and technical support questions.

## The services we resell to you
{services}

## Your named contacts
{contacts}

## Support channels and hours
We provide support 24 hours a day, 365 days a year, holidays included.
- Phone: (fill in the desk's phone number under Settings)
- E-mail: (fill in the desk's mailbox under Settings)
- Chat: (fill in the desk's chat channel under Settings)

## Severity levels and response targets
When you report a problem, tell us the severity you think it has. The times below run from when we receive the problem, around the clock.
{severity_targets}

## What to include when you report a problem
- Your company name and tenant ({tenant})
- The service and users affected, and when the problem started
- The full error message and a screenshot; whether the problem can be reproduced
- The impact on your business, and the severity you think it has (A, B or C)
- The steps you have already tried
- How and when we can best reach you

## When and how we escalate to 21Vianet
We work on your problem ourselves first. Only when we cannot reasonably support you because we lack the necessary training, documentation or support tools do we submit a service request to 21Vianet on your behalf, through Partner Center. We then give you 21Vianet's request number, stay your point of contact and keep you informed; you do not need to contact 21Vianet yourself.

---
Support process sheet, version {version} · {date}
`;

export const DEFAULT_SHEET_BODIES: Record<Language, string> = { 'zh-CN': ZH.trim(), en: EN.trim() };
