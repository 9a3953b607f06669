import { FileAddOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useStore } from '../../store';
import { ArticleEditor } from './ArticleEditor';
import type { ArticleValues } from './article-form';

/** Opens the article editor on a draft made from elsewhere (an escalation, a repeated topic). */
export function WriteArticleButton({
  label,
  name,
  draft,
}: {
  label: string;
  /** The accessible name, when several buttons show the same label. */
  name?: string;
  /** Made when the button is pressed, so that a list of many makes none until one is wanted. */
  draft: () => Partial<ArticleValues>;
}) {
  const navigate = useStore((s) => s.navigate);
  const [values, setValues] = useState<Partial<ArticleValues> | null>(null);
  return (
    <>
      <Button
        size="small"
        icon={<FileAddOutlined />}
        aria-label={name ?? label}
        onClick={() => setValues(draft())}
      >
        {label}
      </Button>
      {values && (
        <ArticleEditor
          article={null}
          draft={values}
          onClose={() => setValues(null)}
          onSaved={(a) => navigate({ name: 'article', id: a.id })}
        />
      )}
    </>
  );
}
