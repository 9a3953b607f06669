import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A small grey line that says how to read what stands next to it. */
export function ReportNote({ children }: { children: ReactNode }) {
  return (
    <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
      {children}
    </Typography.Paragraph>
  );
}
