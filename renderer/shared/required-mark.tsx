import type { ReactNode } from 'react';

/**
 * A required field's asterisk, drawn before its label but outside the label's accessible name: antd's own
 * mark (and its colon) are CSS content, which screen readers read as part of the name ("* 星期 :").
 */
export const requiredMark = (label: ReactNode, { required }: { required: boolean }) => (
  <>
    {required && (
      <span className="sd-required-mark" aria-hidden="true">
        *
      </span>
    )}
    {label}
  </>
);
