import { Result, Skeleton } from 'antd';
import { BackLink } from '../../shared/BackLink';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/domain';
import { ApiCallError } from '../../lib/api';
import { PageTitle } from '../../shared/PageTitle';
import { useShowError } from '../../shared/use-show-error';
import { useStore } from '../../store';
import { MarkdownView } from '../knowledge/MarkdownView';
import { MarkSentModal } from './MarkSentModal';
import { SheetStatus } from './SheetStatus';
import { SheetToolbar } from './SheetToolbar';
import './support-sheet.css';

/** One customer's support process sheet (#/support-sheet/<id>): read it, print it, mark it as sent. */
export function SupportSheetPage({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const sheet = useStore((s) => (s.openSheet?.customerId === customerId ? s.openSheet : null));
  const contacts = useStore((s) =>
    s.openCustomer?.id === customerId ? (s.openCustomer.detail?.contacts ?? null) : null,
  );
  const uiLanguage = useStore((s) => s.language);
  const loadSheet = useStore((s) => s.loadSheet);
  const loadCustomer = useStore((s) => s.loadCustomer);
  const [chosen, setChosen] = useState<Language | null>(null);
  const [missing, setMissing] = useState(false);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    loadSheet(customerId).catch((error: unknown) => {
      if (error instanceof ApiCallError && error.code === 'NOT_FOUND') setMissing(true);
      else showError(error);
    });
    loadCustomer(customerId).catch(showError);
  }, [customerId, loadSheet, loadCustomer, showError]);

  const back = (
    <BackLink
      to={{ name: 'customer', id: customerId }}
      label={t('supportSheet.back')}
      className="sd-no-print"
    />
  );
  if (missing) return <Result status="404" subTitle={t('customers.notFound')} extra={back} />;
  if (!sheet) return <Skeleton active />;
  const language = chosen ?? sheet.language ?? uiLanguage;

  return (
    <div style={{ maxWidth: 900 }} aria-busy={contacts === null}>
      {back}
      <div className="sd-no-print">
        <PageTitle>{t('supportSheet.pageTitle', { customer: sheet.customerName })}</PageTitle>
        <SheetStatus status={sheet} />
        <SheetToolbar
          customerId={customerId}
          language={language}
          onLanguage={setChosen}
          onMarkSent={() => setSending(true)}
        />
      </div>
      <article className="support-sheet-doc" lang={language}>
        <MarkdownView
          source={sheet.bodies[language]}
          label={t('supportSheet.document', { customer: sheet.customerName })}
        />
      </article>
      <MarkSentModal
        customerId={customerId}
        templateVersion={sheet.templateVersion}
        contacts={contacts ?? []}
        open={sending}
        onClose={() => setSending(false)}
      />
    </div>
  );
}
