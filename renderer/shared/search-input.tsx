import { CloseCircleFilled, SearchOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What `allowClear` shows: the clear button is icon-only, and icons are hidden from assistive technology,
 * so the icon carries the button's name in the interface's language.
 */
export function useClearable() {
  const { t } = useTranslation();
  return { clearIcon: <CloseCircleFilled role="img" aria-hidden={false} aria-label={t('controls.clear')} /> };
}

type SearchProps = Omit<ComponentProps<typeof Input.Search>, 'allowClear' | 'enterButton'>;

/** Input.Search whose clear and search buttons are named in the interface's language. */
export function SearchInput(props: SearchProps) {
  const { t } = useTranslation();
  const clearable = useClearable();
  return (
    <Input.Search
      {...props}
      allowClear={clearable}
      enterButton={<Button aria-label={t('controls.search')} icon={<SearchOutlined />} />}
    />
  );
}
