import { Form, type FormInstance } from 'antd';
import { useMemo } from 'react';

/** What the form holds as the agent types, over the starting values (the summary follows it live). */
export function useFormValues<V extends object>(form: FormInstance<V>, start: V): V {
  // Until the form has registered its fields, the watch answers with a partial object.
  const watched = Form.useWatch((v: Partial<V>) => v, { form, preserve: true });
  return useMemo(() => {
    const defined = Object.entries(watched ?? {}).filter(([, v]) => v !== undefined);
    return { ...start, ...Object.fromEntries(defined) } as V;
  }, [start, watched]);
}
