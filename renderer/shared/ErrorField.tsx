import { Form, type FormItemProps } from 'antd';

/**
 * A form field that shows one failure (from the host, or the agent's last try) under itself. The failure is
 * an alert, so that a screen reader says it at once rather than when the agent happens to read down to it.
 */
export function ErrorField({ error, ...props }: FormItemProps & { error: string | null | undefined }) {
  return (
    <Form.Item
      validateStatus={error ? 'error' : undefined}
      help={error ? <span role="alert">{error}</span> : undefined}
      {...props}
    />
  );
}
