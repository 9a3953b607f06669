import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** The link in the card's header that adds an entry. */
  addText: string;
  onAdd(): void;
  children: ReactNode;
}

/** A small card over a list that grows, with its "add" link in the header: contacts, services, replies. */
export function AddableCard({ title, addText, onAdd, children }: Props) {
  return (
    <Card
      size="small"
      title={title}
      style={{ marginBottom: 16 }}
      extra={
        <Button size="small" type="link" icon={<PlusOutlined />} onClick={onAdd}>
          {addText}
        </Button>
      }
    >
      {children}
    </Card>
  );
}
