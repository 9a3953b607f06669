import { Form, Modal, type FormInstance, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { submitOnSaveChord } from './save-chord';

export interface FormModalProps<Values> {
  form: FormInstance<Values>;
  title: string;
  okText: string;
  /** The dismiss button's text; the app's one word for Cancel unless the dialog needs another. */
  cancelText?: string;
  open: boolean;
  saving: boolean;
  width: number;
  onClose: () => void;
  onFinish: (values: Values) => void;
  initialValues: FormProps<Values>['initialValues'];
  /** The form's name, where its fields' ids must be unique on the page. */
  name?: string;
  size?: FormProps<Values>['size'];
  children: ReactNode;
}

/**
 * A dialog around one vertical form: OK (or Ctrl/Cmd+Enter in the form) submits it. Each opening starts a
 * fresh form from the initial values.
 */
export function FormModal<Values>(props: FormModalProps<Values>) {
  const { t } = useTranslation();
  const { form } = props;
  return (
    <Modal
      title={props.title}
      open={props.open}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={props.okText}
      cancelText={props.cancelText ?? t('controls.cancel')}
      confirmLoading={props.saving}
      destroyOnHidden
      width={props.width}
    >
      <Form<Values>
        form={form}
        name={props.name}
        layout="vertical"
        size={props.size}
        initialValues={props.initialValues}
        onFinish={props.onFinish}
        onKeyDown={submitOnSaveChord(form)}
      >
        {props.children}
      </Form>
    </Modal>
  );
}
