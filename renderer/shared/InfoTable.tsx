import { Descriptions, type DescriptionsProps } from 'antd';
import { useLayoutEffect, useRef } from 'react';

type Props = DescriptionsProps & {
  /** The table's accessible name, e.g. the card's title. */
  label: string;
};

/**
 * Descriptions (label / value pairs) whose table has a name, so that a screen reader announces which
 * record's information it reads. antd passes no attribute to the table it renders, so the name is set
 * on it after each render.
 */
export function InfoTable({ label, ...props }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    box.current?.querySelector('table')?.setAttribute('aria-label', label);
  });
  return (
    <div ref={box}>
      <Descriptions {...props} />
    </div>
  );
}
