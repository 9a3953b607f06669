import { CloseOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../../core/case-query';
import { useStore } from '../../store';

/** "All cases", the built-in views and the desk's own; the current filters can be saved as a new one. */
export function ViewsBar() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const views = useStore((s) => s.views);
  const viewId = useStore((s) => s.caseQuery.viewId);
  const hasFilters = useStore((s) => Object.keys(s.caseQuery.filters).length > 0);
  const loadViews = useStore((s) => s.loadViews);
  const applyView = useStore((s) => s.applyView);
  const saveView = useStore((s) => s.saveView);
  const deleteView = useStore((s) => s.deleteView);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');

  useEffect(() => {
    void loadViews();
  }, [loadViews]);

  const label = (v: SavedView) => (v.nameKey ? t(v.nameKey) : v.name);
  const save = async () => {
    if (!name.trim()) return;
    const view = await saveView(name.trim());
    setNaming(false);
    setName('');
    message.success(t('views.saved', { name: view.name }));
  };

  return (
    <Space size={4} wrap aria-label={t('views.label')}>
      <Tag.CheckableTag checked={viewId === null && !hasFilters} onChange={() => applyView(null)}>
        {t('views.all')}
      </Tag.CheckableTag>
      {views.map((v) => (
        <Tag.CheckableTag key={v.id} checked={viewId === v.id} onChange={() => applyView(v)}>
          <span>{label(v)}</span>
          {!v.builtin && (
            <span
              role="button"
              aria-label={t('views.delete')}
              style={{ marginInlineStart: 6, opacity: 0.6 }}
              onClick={(e) => {
                e.stopPropagation();
                void deleteView(v.id);
              }}
            >
              <CloseOutlined style={{ fontSize: 10 }} />
            </span>
          )}
        </Tag.CheckableTag>
      ))}
      {hasFilters && viewId === null && (
        <Button size="small" type="link" icon={<SaveOutlined />} onClick={() => setNaming(true)}>
          {t('views.save')}
        </Button>
      )}
      <Modal
        title={t('views.saveTitle')}
        open={naming}
        okText={t('views.save')}
        cancelText={t('controls.cancel')}
        onOk={() => void save()}
        onCancel={() => setNaming(false)}
        okButtonProps={{ disabled: !name.trim() }}
      >
        <Form layout="vertical" onFinish={() => void save()}>
          <Form.Item label={t('views.name')} htmlFor="view-name">
            <Input
              id="view-name"
              autoFocus
              maxLength={60}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
