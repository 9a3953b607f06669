import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { Attachment } from '../../../core/attachments';
import { formatSize } from './file-size';
import { useOpenAttachment } from './use-open-attachment';

/** The files attached to one timeline entry, each opening on click. */
export function AttachmentChips({ attachments }: { attachments: Attachment[] }) {
  const open = useOpenAttachment();
  if (attachments.length === 0) return null;
  return (
    <Space size={[4, 4]} wrap style={{ marginTop: 4 }}>
      {attachments.map((a) => (
        <Button key={a.id} size="small" icon={<PaperClipOutlined />} onClick={() => void open(a)}>
          {a.name} · {formatSize(a.size)}
        </Button>
      ))}
    </Space>
  );
}
