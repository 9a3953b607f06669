import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/domain';
import { localDateOf } from '../../../core/local-time';
import type { SlaPolicy } from '../../../core/sla';
import { fillSheet, sampleSheetFacts } from '../../../core/support-sheet-fill';
import { serviceNow } from '../../lib/clock';
import { deskUtcOffset } from '../../shared/format';
import { MarkdownView } from '../knowledge/MarkdownView';

interface Props {
  body: string;
  language: Language;
  policy: SlaPolicy;
  version: number;
}

/** A template body as a made-up customer would receive it: filled as a real sheet is (core/support-sheet-fill). */
export function TemplatePreview({ body, language, policy, version }: Props) {
  const { t } = useTranslation();
  const filled = useMemo(() => {
    const date = localDateOf(serviceNow(), deskUtcOffset());
    return fillSheet(body, language, sampleSheetFacts(language, { policy, version, date }));
  }, [body, language, policy, version]);
  return (
    <div className="sd-markdown-preview support-sheet-preview" lang={language}>
      <MarkdownView
        source={filled}
        label={t(language === 'en' ? 'supportSheet.template.previewEn' : 'supportSheet.template.previewZh')}
      />
    </div>
  );
}
