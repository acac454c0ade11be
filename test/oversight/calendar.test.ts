import { AppError } from '../../workflow/errors.js';
import {
  addWorkingDays, addWorkingHours, hoursPerWorkingDay, isWorkingDay, makeCalendar, workingHoursBetween, type CalendarException, type WorkingCalendar,
} from '../../workflow/calendar.js';
import { loadCalendar } from '../../workflow/calendarDays.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

/** Beijing wall-clock time → instant, written the way the notice and people write it. */
const bj = (local: string): Date => new Date(`${local}+08:00`);

/**
 * The 2026 arrangement, typed here from the State Council notice (国务院办公厅, 2025-11-04)
 * independently of the migration, so the test also checks the seed.
 */
const HOLIDAYS_2026: [string, string][] = [
  ['2026-01-01', '2026-01-03'], ['2026-02-15', '2026-02-23'], ['2026-04-04', '2026-04-06'], ['2026-05-01', '2026-05-05'],
  ['2026-06-19', '2026-06-21'], ['2026-09-25', '2026-09-27'], ['2026-10-01', '2026-10-07'],
];
const WORKDAYS_2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];

function notice2026(): CalendarException[] {
  const out: CalendarException[] = WORKDAYS_2026.map((date) => ({ date, kind: 'workday' }));
  for (const [first, last] of HOLIDAYS_2026) {
    for (let d = new Date(`${first}T00:00:00Z`); d <= new Date(`${last}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000)) {
      out.push({ date: d.toISOString().slice(0, 10), kind: 'holiday' });
    }
  }
  return out;
}

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return undefined;
};

describe('working-day calendar (pure)', () => {
  const cal = makeCalendar(notice2026());

  test.each([
    ['2026-01-01', false, '元旦 (Thursday)'],
    ['2026-01-02', false, '元旦 break (Friday)'],
    ['2026-01-04', true, '调休 Sunday'],
    ['2026-01-05', true, 'ordinary Monday'],
    ['2026-02-14', true, '调休 Saturday before 春节'],
    ['2026-02-16', false, '春节 Monday'],
    ['2026-02-23', false, 'last day of 春节 (Monday)'],
    ['2026-02-24', true, 'back to work'],
    ['2026-02-28', true, '调休 Saturday after 春节'],
    ['2026-03-07', false, 'ordinary Saturday'],
    ['2026-04-06', false, '清明 Monday'],
    ['2026-05-09', true, '劳动节调休 Saturday'],
    ['2026-06-19', false, '端午 Friday'],
    ['2026-09-20', true, '国庆调休 Sunday'],
    ['2026-09-25', false, '中秋 Friday'],
    ['2026-10-08', true, 'Thursday after 国庆'],
    ['2026-10-10', true, '国庆调休 Saturday'],
  ])('%s working day = %s (%s)', (date, expected) => {
    expect(isWorkingDay(cal, date)).toBe(expected);
  });

  test('the local day of an instant is the Beijing day, not the UTC one', () => {
    // 2026-01-03T17:00Z is Sunday 01:00 in Beijing, a 调休 working day; two hours earlier it is still the 元旦 break.
    expect(isWorkingDay(cal, new Date('2026-01-03T17:00:00Z'))).toBe(true);
    expect(isWorkingDay(cal, new Date('2026-01-03T15:00:00Z'))).toBe(false);
  });

  test('working hours count office hours on working days only', () => {
    expect(workingHoursBetween(cal, bj('2026-03-09T09:00:00'), bj('2026-03-09T17:00:00'))).toBe(8);
    expect(workingHoursBetween(cal, bj('2026-03-09T08:00:00'), bj('2026-03-09T12:30:00'))).toBe(3.5);
    // Friday evening to Monday morning: only Monday's first half hour counts.
    expect(workingHoursBetween(cal, bj('2026-03-06T17:30:00'), bj('2026-03-09T09:30:00'))).toBe(0.5);
    // Across 春节: Friday (8) + the 调休 Saturday (8) + nothing for nine days + Tuesday's first hour.
    expect(workingHoursBetween(cal, bj('2026-02-13T09:00:00'), bj('2026-02-24T10:00:00'))).toBe(17);
    expect(workingHoursBetween(cal, bj('2026-02-24T10:00:00'), bj('2026-02-13T09:00:00'))).toBe(0);
  });

  test('adding working hours skips nights, weekends and holidays, and counts 调休 days', () => {
    // Friday 16:00 + 2h: one hour on Friday, one on the 调休 Saturday.
    expect(addWorkingHours(cal, bj('2026-02-13T16:00:00'), 2)).toEqual(bj('2026-02-14T10:00:00'));
    // The day before 国庆: one hour, then seven days off, then Thursday.
    expect(addWorkingHours(cal, bj('2026-09-30T16:00:00'), 2)).toEqual(bj('2026-10-08T10:00:00'));
    // From a Saturday the count starts on Monday morning; zero hours is that moment.
    expect(addWorkingHours(cal, bj('2026-03-07T11:00:00'), 0)).toEqual(bj('2026-03-09T09:00:00'));
    expect(addWorkingHours(cal, bj('2026-03-09T16:00:00'), 1)).toEqual(bj('2026-03-09T17:00:00'));
    expect(code(() => addWorkingHours(cal, new Date(), -1))).toBe('BAD_USER_INPUT');
  });

  test('a working day is a full day of office hours: approval Friday 15:00 before 清明 → Tuesday 15:00', () => {
    expect(addWorkingDays(cal, bj('2026-04-03T15:00:00'), 1)).toEqual(bj('2026-04-07T15:00:00'));
    expect(addWorkingDays(cal, bj('2026-03-10T10:00:00'), 2)).toEqual(bj('2026-03-12T10:00:00'));
  });

  test('office hours are configurable', () => {
    const long = makeCalendar(notice2026(), { start: '08:30', end: '17:30' });
    expect(hoursPerWorkingDay(long)).toBe(9);
    expect(workingHoursBetween(long, bj('2026-03-09T00:00:00'), bj('2026-03-10T00:00:00'))).toBe(9);
    expect(addWorkingDays(long, bj('2026-03-09T17:00:00'), 1)).toEqual(bj('2026-03-10T17:00:00'));
    expect(code(() => makeCalendar([], { start: '17:00', end: '09:00' }))).toBe('BAD_USER_INPUT');
    expect(code(() => makeCalendar([], { start: '9:00', end: '17:00' }))).toBe('BAD_USER_INPUT');
    expect(code(() => isWorkingDay(long, '2026-02-30'))).toBe('BAD_USER_INPUT');
  });

  test('a calendar without any working day fails loudly instead of looping', () => {
    const never: WorkingCalendar = { exceptions: new Map(), startMinute: 600, endMinute: 600 };
    expect(() => addWorkingHours(never, bj('2026-03-09T09:00:00'), 1)).toThrow(/no working day/);
  });
});

describe('holiday table (database and GraphQL)', () => {
  let t: TestHub;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestHub({ worker: false });
    await t.users([
      { username: 'boss', role: 'admin' },
      { username: 'over', role: 'overseer' },
      { username: 'ed', role: 'editor' },
    ]);
    for (const name of ['boss', 'over', 'ed']) tokens[name] = await t.login(name);
  });
  afterAll(async () => t.stop());

  const errorCode = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

  test('the migration seeds the 2026 notice exactly', async () => {
    const fromDb = await loadCalendar(t.db.pool);
    const expected = makeCalendar(notice2026());
    expect([...fromDb.exceptions.entries()].sort()).toEqual([...expected.exceptions.entries()].sort());
    const res = await t.gql<{ calendarDays: { date: string; kind: string; name: string }[] }>(
      '{ calendarDays(from: "2026-02-01", to: "2026-02-28") { date kind name } }', {}, tokens.ed,
    );
    expect(res.data?.calendarDays.map((d) => `${d.date}:${d.kind}`)).toEqual([
      '2026-02-14:WORKDAY', ...Array.from({ length: 9 }, (_, i) => `2026-02-${String(15 + i).padStart(2, '0')}:HOLIDAY`), '2026-02-28:WORKDAY',
    ]);
    expect(res.data?.calendarDays[1].name).toBe('春节');
  });

  test('anyone signed in reads the calendar; anonymous callers do not', async () => {
    expect(errorCode(await t.gql('{ isWorkingDay(date: "2026-10-10") }'))).toBe('UNAUTHENTICATED');
    expect((await t.gql('{ isWorkingDay(date: "2026-10-10") }', {}, tokens.ed)).data).toEqual({ isWorkingDay: true });
    expect((await t.gql('{ isWorkingDay(date: "2026-10-09") }', {}, tokens.over)).data).toEqual({ isWorkingDay: true });
    expect(errorCode(await t.gql('{ isWorkingDay(date: "2026-13-01") }', {}, tokens.ed))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql('{ calendarDays(from: "2026-03-01", to: "2026-02-01") { date } }', {}, tokens.ed))).toBe('BAD_USER_INPUT');
  });

  const SET = 'mutation($d:String!,$k:CalendarDayKind!,$n:String!){ setCalendarDay(date:$d, kind:$k, name:$n){ date kind name updatedBy } }';
  const REMOVE = 'mutation($d:String!){ removeCalendarDay(date:$d) }';

  test('only admins edit the table; every edit is audited and takes effect at once', async () => {
    const vars = { d: '2026-03-09', k: 'HOLIDAY', n: '地方性假日' };
    expect(errorCode(await t.gql(SET, vars))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(SET, vars, tokens.over))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SET, vars, tokens.ed))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REMOVE, { d: '2026-01-01' }, tokens.over))).toBe('FORBIDDEN');

    const set = await t.gql(SET, vars, tokens.boss);
    expect(set.data).toEqual({ setCalendarDay: { date: '2026-03-09', kind: 'HOLIDAY', name: '地方性假日', updatedBy: 'boss' } });
    expect((await t.gql('{ isWorkingDay(date: "2026-03-09") }', {}, tokens.ed)).data).toEqual({ isWorkingDay: false });

    expect((await t.gql(REMOVE, { d: '2026-03-09' }, tokens.boss)).data).toEqual({ removeCalendarDay: true });
    expect((await t.gql(REMOVE, { d: '2026-03-09' }, tokens.boss)).data).toEqual({ removeCalendarDay: false });
    expect((await t.gql('{ isWorkingDay(date: "2026-03-09") }', {}, tokens.ed)).data).toEqual({ isWorkingDay: true });

    const { rows } = await t.db.pool.query<{ action: string; details: Record<string, unknown> }>(
      `SELECT action, details FROM audit_events WHERE target_type = 'calendar_day' AND target_id = '2026-03-09' ORDER BY seq`,
    );
    expect(rows.map((r) => r.action)).toEqual(['calendar.set', 'calendar.remove']);
    expect(rows[0].details).toMatchObject({ kind: 'holiday', name: '地方性假日', before: null });
  });

  test('edits are validated', async () => {
    expect(errorCode(await t.gql(SET, { d: '2026-02-30', k: 'HOLIDAY', n: 'x' }, tokens.boss))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SET, { d: '2026-03-01', k: 'HOLIDAY', n: '  ' }, tokens.boss))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SET, { d: '2026-03-01', k: 'SOMETIMES', n: 'x' }, tokens.boss))).toBe('BAD_USER_INPUT');
  });
});
