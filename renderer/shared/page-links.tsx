import type { PaginationProps } from 'antd';
import { cloneElement, isValidElement, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A pager's previous and next buttons show only an arrow icon, and icons are hidden from assistive
 * technology: the buttons are named here, in the interface's language.
 */
export function usePageLinks(): PaginationProps['itemRender'] {
  const { t } = useTranslation();
  return (_page, type, original) => {
    if ((type !== 'prev' && type !== 'next') || !isValidElement(original)) return original;
    const name = t(type === 'prev' ? 'controls.previousPage' : 'controls.nextPage');
    return cloneElement(original as ReactElement<{ 'aria-label'?: string }>, { 'aria-label': name });
  };
}
