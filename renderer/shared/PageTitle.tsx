import { Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/** A page's heading, flush with the top of the frame; below it, the heading's own margin unless the page sets one. */
export function PageTitle({
  children,
  marginBottom,
}: {
  children: ReactNode;
  marginBottom?: CSSProperties['marginBottom'];
}) {
  return (
    <Typography.Title level={4} style={{ marginTop: 0, marginBottom }}>
      {children}
    </Typography.Title>
  );
}
