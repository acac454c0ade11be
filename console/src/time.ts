import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');

export const ZONE = 'Asia/Shanghai';

/** Every time on screen is Beijing time, whatever the browser's zone. */
export const beijing = (value: string | Date | Dayjs): Dayjs => dayjs(value).tz(ZONE);
export const fmt = (value: string | Date | null | undefined, pattern = 'YYYY-MM-DD HH:mm'): string => (value ? beijing(value).format(pattern) : '—');
export { dayjs };
