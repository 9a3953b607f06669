import { Form, type FormItemProps } from 'antd';

/** A form field that shows one failure (from the host, or the agent's last try) under itself. */
export function ErrorField({ error, ...props }: FormItemProps & { error: string | null | undefined }) {
  return <Form.Item validateStatus={error ? 'error' : undefined} help={error ?? undefined} {...props} />;
}
