import { Col, Row, Steps } from 'antd';
import type { ReactNode } from 'react';
import type { Language } from '../../../core/domain';
import type { SummaryField } from '../../../core/escalation-summary';
import { SummaryPanel } from './SummaryPanel';

interface Props {
  steps: string[];
  current: number;
  /** The copy-ready summary beside the form, in the language chosen for it. */
  summary: SummaryField[];
  language: Language;
  onLanguage(language: Language): void;
  children: ReactNode;
}

/** A request panel: its steps above, the step's form or hand-off on the left, the summary on the right. */
export function RequestLayout({ steps, current, summary, language, onLanguage, children }: Props) {
  return (
    <>
      <Steps
        size="small"
        current={current}
        style={{ marginBottom: 16 }}
        items={steps.map((title) => ({ title }))}
      />
      <Row gutter={16}>
        <Col span={14}>{children}</Col>
        <Col span={10}>
          <SummaryPanel fields={summary} language={language} onLanguage={onLanguage} />
        </Col>
      </Row>
    </>
  );
}
