import { App, Form } from 'antd';
import { FormModal, type FormModalProps } from './FormModal';
import { useContractFormSave, type ContractFormOptions } from './use-form-save';

/** What a successful save tells the dialog: the toast to show, and what follows once it has closed. */
export interface SaveOutcome {
  done: string;
  after?: () => void;
}

type Props<Values, Name extends string> = Omit<FormModalProps<Values>, 'form' | 'saving' | 'onFinish'> & {
  /** The contract's names of the form's fields, so that a refusal shows under the field it names. */
  fields: readonly Name[];
  issues?: ContractFormOptions<Name>;
  onSave: (values: Values) => Promise<SaveOutcome>;
};

/**
 * A dialog whose form saves through the contract: while the save runs OK shows it; a refusal shows under
 * its fields (any other failure as a message); a success is a toast, then the dialog closes.
 */
export function ContractFormModal<Values, Name extends string>({
  fields,
  issues,
  onSave,
  ...props
}: Props<Values, Name>) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { saving, save } = useContractFormSave(form, fields, issues);

  const finish = (values: Values) =>
    void save(async () => {
      const { done, after } = await onSave(values);
      message.success(done);
      props.onClose();
      after?.();
    });

  return <FormModal<Values> {...props} form={form} saving={saving} onFinish={finish} />;
}
