import { beijing, dayjs, ZONE } from '../../time';

export type View = 'month' | 'week';

export interface Period {
  /** Beijing days shown, Monday first (the Chinese office week), as YYYY-MM-DD. */
  days: string[];
  /** The instants the API is asked for: Beijing midnight of the first day and of the day after the last. */
  from: string;
  to: string;
  title: string;
}

const DAY = 'YYYY-MM-DD';
const mondayOf = (date: string) => {
  const d = dayjs(date);
  return d.subtract((d.day() + 6) % 7, 'day');
};

/** The month (six whole weeks around it) or the week that holds `anchor`, a Beijing day. */
export function periodOf(view: View, anchor: string): Period {
  const first = view === 'month' ? mondayOf(dayjs(anchor).startOf('month').format(DAY)) : mondayOf(anchor);
  const count = view === 'month' ? 42 : 7;
  const days = Array.from({ length: count }, (_, i) => first.add(i, 'day').format(DAY));
  const last = dayjs(days[count - 1]);
  const a = dayjs(anchor);
  const title = view === 'month' ? a.format('YYYY年M月') : `${first.format('YYYY年M月D日')} — ${last.format(first.year() === last.year() ? 'M月D日' : 'YYYY年M月D日')}`;
  return {
    days,
    from: dayjs.tz(days[0], ZONE).toISOString(),
    to: dayjs.tz(last.add(1, 'day').format(DAY), ZONE).toISOString(),
    title,
  };
}

/** The anchor one month or one week on (step 1) or back (step -1). */
export const shift = (view: View, anchor: string, step: number): string => dayjs(anchor).add(step, view).format(DAY);

export const today = (): string => beijing(new Date()).format(DAY);
export const dayOf = (instant: string): string => beijing(instant).format(DAY);
