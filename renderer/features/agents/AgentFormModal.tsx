import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../shared/CheckboxGroup';
import { AGENT_ROLES, PIN_PATTERN, type AgentProfile, type AgentRole } from '../../../core/agents';
import { LANGUAGES, type Language } from '../../../core/domain';
import { useRosterFormSave } from '../../shared/use-roster-form-save';
import { FormModal } from '../../shared/FormModal';
import { useStore } from '../../store';

interface Values {
  name: string;
  role: AgentRole;
  languages: Language[];
  pin?: string;
}
const FIELDS = ['name', 'role', 'languages', 'pin'] as const;

interface Props {
  /** The agent to edit; without one the form adds an agent. */
  agent: AgentProfile | null;
  open: boolean;
  onClose: () => void;
}

/** Adds an agent (with an optional PIN) or edits one's name, role and languages. */
export function AgentFormModal({ agent, open, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saveAgent = useStore((s) => s.saveAgent);
  const { saving, failure, save: run } = useRosterFormSave(form, FIELDS);

  function save(values: Values) {
    return run(async () => {
      await saveAgent({
        ...(agent ? { id: agent.id } : {}),
        name: values.name,
        role: values.role,
        languages: values.languages,
        ...(!agent && values.pin ? { pin: values.pin } : {}),
      });
      onClose();
    });
  }

  return (
    <FormModal<Values>
      form={form}
      name="agent"
      title={t(agent ? 'duty.agents.edit' : 'duty.agents.add')}
      okText={t('duty.save')}
      open={open}
      saving={saving}
      width={460}
      onClose={onClose}
      onFinish={(v) => void save(v)}
      initialValues={agent ? { ...agent } : { name: '', role: 'agent', languages: ['zh-CN'], pin: '' }}
    >
      <Form.Item
        name="name"
        label={t('duty.agents.name')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input autoFocus maxLength={60} />
      </Form.Item>
      <Form.Item name="role" label={t('duty.agents.role')}>
        <Radio.Group
          aria-label={t('duty.agents.role')}
          options={AGENT_ROLES.map((r) => ({ value: r, label: t(`duty.agents.roles.${r}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="languages"
        label={t('duty.agents.languages')}
        rules={[{ required: true, message: t('validation.choose') }]}
      >
        <CheckboxGroup
          aria-label={t('duty.agents.languages')}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
        />
      </Form.Item>
      {!agent && (
        <Form.Item
          name="pin"
          label={t('duty.agents.pinOptional')}
          extra={t('duty.agents.pinHelp')}
          rules={[{ pattern: PIN_PATTERN, message: t('duty.issues.pinFormat') }]}
        >
          <Input.Password inputMode="numeric" autoComplete="new-password" maxLength={8} />
        </Form.Item>
      )}
      {failure && <div className="ant-form-item-explain-error">{failure}</div>}
    </FormModal>
  );
}
