import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../core/cases';
import { CHANNELS, SEVERITIES, SUPPORT_AREAS } from '../../../core/domain';
import { ApiCallError } from '../../lib/api';
import { isSaveChord } from '../../lib/use-hotkey';
import { useStore } from '../../store';
import { useServices } from '../../shared/use-services';
import { editFieldErrors, editValues, toUpdate, type EditValues } from './edit-case-form';
import { errorText } from '../../shared/error-text';

interface Props {
  detail: CaseDetail;
  open: boolean;
  onClose(): void;
}

/** Edits the case's own fields; each change becomes one `field_changed` event with from and to. */
export function EditCaseModal({ detail, open, onClose }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const { message } = App.useApp();
  const updateFields = useStore((s) => s.updateFields);
  const loadCase = useStore((s) => s.loadCase);
  const [form] = Form.useForm<EditValues>();
  const [saving, setSaving] = useState(false);

  async function save(values: EditValues) {
    const update = toUpdate(detail, values);
    if (!update) return onClose();
    setSaving(true);
    try {
      await updateFields(detail, update);
      message.success(t('caseEdit.saved'));
      onClose();
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'VALIDATION') {
        form.setFields(
          editFieldErrors(error.issues).map((f) => ({ ...f, errors: f.errors.map((k) => t(k)) })),
        );
      }
      message.error(errorText(t, error));
      // Someone changed the case meanwhile: show it as it is now; what was typed stays in the form.
      if (error instanceof ApiCallError && error.code === 'CONFLICT') void loadCase(detail.id);
    } finally {
      setSaving(false);
    }
  }

  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));

  return (
    <Modal
      title={t('caseEdit.title', { number: detail.number })}
      open={open}
      width={640}
      okText={t('caseEdit.save')}
      cancelText={t('cases.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      // Each opening starts a fresh form from the case as it is now.
      destroyOnHidden
    >
      <Form<EditValues>
        form={form}
        layout="vertical"
        size="small"
        initialValues={editValues(detail)}
        onFinish={(values) => void save(values)}
        onKeyDown={(e) => {
          if (isSaveChord(e)) {
            e.preventDefault();
            form.submit();
          }
        }}
      >
        <Form.Item name="title" label={t('fields.title')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('fields.description')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <Row gutter={12}>
          {(
            [
              ['supportArea', SUPPORT_AREAS, 'supportAreas'],
              ['severity', SEVERITIES, 'severities'],
              ['channel', CHANNELS, 'channels'],
            ] as const
          ).map(([name, values, prefix]) => (
            <Col span={12} key={name}>
              <Form.Item name={name} label={t(`fields.${name}`)}>
                <Select options={options(values, prefix)} />
              </Form.Item>
            </Col>
          ))}
          <Col span={12}>
            <Form.Item name="service" label={t('fields.service')}>
              <Select options={services.options} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
