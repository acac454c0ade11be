import type { Queryable } from './db.js';

export interface CalendarDayRecord {
  /** YYYY-MM-DD */
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
  updatedBy: string;
  updatedAt: Date;
}

// to_char, not the date itself: node-postgres would turn a date into a JS Date at local midnight.
const COLUMNS = `to_char(day, 'YYYY-MM-DD') AS date, kind, name, updated_by AS "updatedBy", updated_at AS "updatedAt"`;

export async function listCalendarDays(db: Queryable, range: { from?: string | null; to?: string | null } = {}): Promise<CalendarDayRecord[]> {
  const { rows } = await db.query<CalendarDayRecord>(
    `SELECT ${COLUMNS} FROM calendar_days WHERE ($1::date IS NULL OR day >= $1) AND ($2::date IS NULL OR day <= $2) ORDER BY day`,
    [range.from ?? null, range.to ?? null],
  );
  return rows;
}

export async function findCalendarDay(db: Queryable, date: string): Promise<CalendarDayRecord | null> {
  const { rows } = await db.query<CalendarDayRecord>(`SELECT ${COLUMNS} FROM calendar_days WHERE day = $1`, [date]);
  return rows[0] ?? null;
}

export async function upsertCalendarDay(db: Queryable, day: { date: string; kind: 'holiday' | 'workday'; name: string; updatedBy: string }): Promise<CalendarDayRecord> {
  const { rows } = await db.query<CalendarDayRecord>(
    `INSERT INTO calendar_days (day, kind, name, updated_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, updated_by = EXCLUDED.updated_by, updated_at = now()
     RETURNING ${COLUMNS}`,
    [day.date, day.kind, day.name, day.updatedBy],
  );
  return rows[0];
}

export async function deleteCalendarDay(db: Queryable, date: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM calendar_days WHERE day = $1', [date]);
  return (rowCount ?? 0) > 0;
}
