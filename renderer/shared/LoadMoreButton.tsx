import { Button } from 'antd';

interface Props {
  /** Whether there is a next page to load. */
  more: boolean;
  loading: boolean;
  label: string;
  onLoad(): Promise<unknown>;
}

/** Under a list that pages in on request: the button that loads its next page, while there is one. */
export function LoadMoreButton({ more, loading, label, onLoad }: Props) {
  if (!more) return null;
  return (
    <div style={{ textAlign: 'center', marginTop: 12 }}>
      <Button loading={loading} onClick={() => void onLoad()}>
        {label}
      </Button>
    </div>
  );
}
