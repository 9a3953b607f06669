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

/** A small table's pager: a fixed page size, hidden when one page holds everything, its arrows named. */
export function usePager(pageSize: number): PaginationProps {
  const itemRender = usePageLinks();
  return { itemRender, pageSize, size: 'small', showSizeChanger: false, hideOnSinglePage: true };
}
