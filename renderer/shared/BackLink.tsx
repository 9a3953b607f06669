import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { Route } from '../lib/navigation';
import { useStore } from '../store';

interface Props {
  /** Where the record is listed. */
  to: Route;
  label: string;
  /** `sd-no-print` on a page that prints, so that the link stays off the paper. */
  className?: string;
}

/** The link above a record's page back to where it came from; also the way out of "not found". */
export function BackLink({ to, label, className }: Props) {
  const navigate = useStore((s) => s.navigate);
  return (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      className={className}
      onClick={() => navigate(to)}
      style={{ paddingInline: 0 }}
    >
      {label}
    </Button>
  );
}
