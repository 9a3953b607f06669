import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Language } from '../../core/domain';

/** Stored as UTC epoch ms, shown in the workstation's time zone. */
export const formatDateTime = (ms: number) => dayjs(ms).format('YYYY-MM-DD HH:mm');

export function setDateLocale(language: Language): void {
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
}
