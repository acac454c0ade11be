/** Applications for disclosure (依申请公开) and public messages (网民留言): rows and their queries. */
import { beijingDayStart } from '../time/beijing.js';
import { updateRow, type Queryable } from './db.js';

export type ApplicationStatus = 'RECEIVED' | 'IN_PROGRESS' | 'CORRECTION_REQUESTED' | 'CONSULTING' | 'REPLIED' | 'ABANDONED' | 'WITHDRAWN';
export type ReplyType = 'PUBLIC' | 'PARTIAL' | 'NOT_PUBLIC' | 'UNAVAILABLE' | 'NOT_PROCESSED' | 'OTHER';
export type ApplicationSource = 'online' | 'post' | 'in_person' | 'fax' | 'email';
export type ApplicantType = 'natural_person' | 'business' | 'research' | 'social_org' | 'legal_service' | 'other';
export type DeliveryForm = 'email' | 'post' | 'pickup' | 'online';

export interface ApplicationRecord {
  id: string;
  regNo: string;
  accessHash: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  source: ApplicationSource;
  applicantType: ApplicantType;
  applicantName: string;
  idType: string;
  idNumber: string;
  phone: string;
  email: string;
  address: string;
  description: string;
  purpose: string;
  deliveryForm: DeliveryForm;
  status: ApplicationStatus;
  receivedOn: string;
  clockStart: string;
  extensionDays: number;
  extensionReason: string | null;
  pausedDays: number;
  pausedSince: string | null;
  correctionNote: string | null;
  replyType: ReplyType | null;
  replyGround: string | null;
  replyText: string | null;
  replyFindings: unknown[] | null;
  repliedAt: Date | null;
  deliveredBy: DeliveryForm | null;
  deliveredAt: Date | null;
  convertedContentId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const APPLICATION_COLUMNS = `a.id, a.reg_no AS "regNo", a.access_hash AS "accessHash", a.unit_id AS "unitId", u.code AS "unitCode",
  u.name AS "unitName", a.source, a.applicant_type AS "applicantType", a.applicant_name AS "applicantName", a.id_type AS "idType",
  a.id_number AS "idNumber", a.phone, a.email, a.address, a.description, a.purpose, a.delivery_form AS "deliveryForm", a.status,
  to_char(a.received_on, 'YYYY-MM-DD') AS "receivedOn", to_char(a.clock_start, 'YYYY-MM-DD') AS "clockStart",
  a.extension_days AS "extensionDays", a.extension_reason AS "extensionReason", a.paused_days AS "pausedDays",
  to_char(a.paused_since, 'YYYY-MM-DD') AS "pausedSince", a.correction_note AS "correctionNote", a.reply_type AS "replyType",
  a.reply_ground AS "replyGround", a.reply_text AS "replyText", a.reply_findings AS "replyFindings", a.replied_at AS "repliedAt",
  a.delivered_by AS "deliveredBy", a.delivered_at AS "deliveredAt", a.converted_content_id AS "convertedContentId",
  a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;
const APPLICATION_FROM = 'disclosure_applications a JOIN units u ON u.id = a.unit_id';

/** The next registration number of a kind in a year: YSQ2026-00001. Concurrent callers each get their own. */
export async function nextRegistrationNumber(db: Queryable, kind: 'YSQ' | 'LY', year: number): Promise<string> {
  const { rows } = await db.query<{ last: number }>(
    `INSERT INTO registration_counters (kind, year, last) VALUES ($1, $2, 1)
     ON CONFLICT (kind, year) DO UPDATE SET last = registration_counters.last + 1 RETURNING last`,
    [kind, year],
  );
  return `${kind}${year}-${String(rows[0].last).padStart(5, '0')}`;
}

export type NewApplication = Pick<ApplicationRecord,
  'regNo' | 'accessHash' | 'unitId' | 'source' | 'applicantType' | 'applicantName' | 'idType' | 'idNumber' | 'phone' | 'email' | 'address'
  | 'description' | 'purpose' | 'deliveryForm' | 'receivedOn'> & { createdBy: string | null };

export async function insertApplication(db: Queryable, a: NewApplication): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO disclosure_applications (reg_no, access_hash, unit_id, source, applicant_type, applicant_name, id_type, id_number, phone, email,
       address, description, purpose, delivery_form, status, received_on, clock_start, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'RECEIVED', $15, $15, $16) RETURNING id`,
    [a.regNo, a.accessHash, a.unitId, a.source, a.applicantType, a.applicantName, a.idType, a.idNumber, a.phone, a.email, a.address, a.description,
      a.purpose, a.deliveryForm, a.receivedOn, a.createdBy],
  );
  return rows[0].id;
}

export async function findApplication(db: Queryable, id: string, forUpdate = false): Promise<ApplicationRecord | null> {
  const { rows } = await db.query<ApplicationRecord>(`SELECT ${APPLICATION_COLUMNS} FROM ${APPLICATION_FROM} WHERE a.id = $1${forUpdate ? ' FOR UPDATE OF a' : ''}`, [id]);
  return rows[0] ?? null;
}

export async function findApplicationByRegNo(db: Queryable, regNo: string): Promise<ApplicationRecord | null> {
  const { rows } = await db.query<ApplicationRecord>(`SELECT ${APPLICATION_COLUMNS} FROM ${APPLICATION_FROM} WHERE a.reg_no = $1`, [regNo]);
  return rows[0] ?? null;
}

export async function listApplications(db: Queryable, filter: { unitId?: string | null; statuses?: ApplicationStatus[] | null; limit: number }): Promise<ApplicationRecord[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  if (filter.unitId) { values.push(filter.unitId); where.push(`a.unit_id = $${values.length}`); }
  if (filter.statuses?.length) { values.push(filter.statuses); where.push(`a.status = ANY($${values.length})`); }
  values.push(filter.limit);
  const { rows } = await db.query<ApplicationRecord>(
    `SELECT ${APPLICATION_COLUMNS} FROM ${APPLICATION_FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.received_on DESC, a.reg_no DESC LIMIT $${values.length}`,
    values,
  );
  return rows;
}

export interface ApplicationPatch {
  unitId?: string;
  status?: ApplicationStatus;
  clockStart?: string;
  extensionDays?: number;
  extensionReason?: string | null;
  pausedDays?: number;
  pausedSince?: string | null;
  correctionNote?: string | null;
  replyType?: ReplyType | null;
  replyGround?: string | null;
  replyText?: string | null;
  replyFindings?: unknown[] | null;
  repliedAt?: Date | null;
  deliveredBy?: DeliveryForm | null;
  deliveredAt?: Date | null;
  convertedContentId?: string | null;
}

const APPLICATION_PATCH_COLUMNS: { [K in keyof ApplicationPatch]-?: string } = {
  unitId: 'unit_id', status: 'status', clockStart: 'clock_start', extensionDays: 'extension_days', extensionReason: 'extension_reason',
  pausedDays: 'paused_days', pausedSince: 'paused_since', correctionNote: 'correction_note', replyType: 'reply_type', replyGround: 'reply_ground',
  replyText: 'reply_text', replyFindings: 'reply_findings', repliedAt: 'replied_at', deliveredBy: 'delivered_by', deliveredAt: 'delivered_at',
  convertedContentId: 'converted_content_id',
};

export async function updateApplication(db: Queryable, id: string, patch: ApplicationPatch): Promise<void> {
  await updateRow(db, 'disclosure_applications', id, APPLICATION_PATCH_COLUMNS, patch, ['replyFindings']);
}

/* ---- Messages ---- */

export type MessageStatus = 'RECEIVED' | 'ACCEPTED' | 'REPLIED' | 'REJECTED';
export type MessageCategory = 'consult' | 'suggestion' | 'complaint' | 'help' | 'other';

export interface MessageRecord {
  id: string;
  regNo: string;
  accessHash: string;
  unitId: string | null;
  unitCode: string | null;
  unitName: string | null;
  category: MessageCategory;
  subject: string;
  body: string;
  contactPhone: string;
  publicSubject: string;
  publicBody: string;
  findings: unknown[];
  status: MessageStatus;
  receivedAt: Date;
  acceptedOn: string | null;
  dueOn: string | null;
  replyText: string | null;
  publicReply: string | null;
  replyFindings: unknown[] | null;
  replyUnitName: string | null;
  repliedOn: string | null;
  rejectReason: string | null;
}

const MESSAGE_COLUMNS = `m.id, m.reg_no AS "regNo", m.access_hash AS "accessHash", m.unit_id AS "unitId", u.code AS "unitCode", u.name AS "unitName",
  m.category, m.subject, m.body, m.contact_phone AS "contactPhone", m.public_subject AS "publicSubject", m.public_body AS "publicBody", m.findings,
  m.status, m.received_at AS "receivedAt", to_char(m.accepted_on, 'YYYY-MM-DD') AS "acceptedOn", to_char(m.due_on, 'YYYY-MM-DD') AS "dueOn",
  m.reply_text AS "replyText", m.public_reply AS "publicReply", m.reply_findings AS "replyFindings", r.name AS "replyUnitName",
  to_char(m.replied_on, 'YYYY-MM-DD') AS "repliedOn", m.reject_reason AS "rejectReason"`;
const MESSAGE_FROM = 'public_messages m LEFT JOIN units u ON u.id = m.unit_id LEFT JOIN units r ON r.id = m.reply_unit_id';

export interface NewMessage {
  regNo: string;
  accessHash: string;
  category: MessageCategory;
  subject: string;
  body: string;
  contactPhone: string;
  publicSubject: string;
  publicBody: string;
  findings: unknown[];
  receivedAt: Date;
}

export async function insertMessage(db: Queryable, m: NewMessage): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO public_messages (reg_no, access_hash, category, subject, body, contact_phone, public_subject, public_body, findings, status, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'RECEIVED', $10) RETURNING id`,
    [m.regNo, m.accessHash, m.category, m.subject, m.body, m.contactPhone, m.publicSubject, m.publicBody, JSON.stringify(m.findings), m.receivedAt],
  );
  return rows[0].id;
}

export async function findMessage(db: Queryable, id: string, forUpdate = false): Promise<MessageRecord | null> {
  const { rows } = await db.query<MessageRecord>(`SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM} WHERE m.id = $1${forUpdate ? ' FOR UPDATE OF m' : ''}`, [id]);
  return rows[0] ?? null;
}

export async function findMessageByRegNo(db: Queryable, regNo: string): Promise<MessageRecord | null> {
  const { rows } = await db.query<MessageRecord>(`SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM} WHERE m.reg_no = $1`, [regNo]);
  return rows[0] ?? null;
}

export async function listMessages(db: Queryable, filter: { unitId?: string | null; statuses?: MessageStatus[] | null; limit: number; offset?: number }): Promise<MessageRecord[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  // A unit sees what was assigned to it, and what nobody has assigned yet is everybody's inbox to accept.
  if (filter.unitId) { values.push(filter.unitId); where.push(`(m.unit_id = $${values.length} OR m.unit_id IS NULL)`); }
  if (filter.statuses?.length) { values.push(filter.statuses); where.push(`m.status = ANY($${values.length})`); }
  values.push(filter.limit, filter.offset ?? 0);
  const order = filter.statuses?.length === 1 && filter.statuses[0] === 'REPLIED' ? 'm.replied_on DESC, m.reg_no DESC' : 'm.received_at DESC';
  const { rows } = await db.query<MessageRecord>(
    `SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT $${values.length - 1} OFFSET $${values.length}`,
    values,
  );
  return rows;
}

export interface MessagePatch {
  unitId?: string | null;
  status?: MessageStatus;
  acceptedOn?: string | null;
  dueOn?: string | null;
  replyText?: string | null;
  publicReply?: string | null;
  replyFindings?: unknown[] | null;
  replyUnitId?: string | null;
  repliedOn?: string | null;
  rejectReason?: string | null;
}

const MESSAGE_PATCH_COLUMNS: { [K in keyof MessagePatch]-?: string } = {
  unitId: 'unit_id', status: 'status', acceptedOn: 'accepted_on', dueOn: 'due_on', replyText: 'reply_text', publicReply: 'public_reply',
  replyFindings: 'reply_findings', replyUnitId: 'reply_unit_id', repliedOn: 'replied_on', rejectReason: 'reject_reason',
};

export async function updateMessage(db: Queryable, id: string, patch: MessagePatch): Promise<void> {
  await updateRow(db, 'public_messages', id, MESSAGE_PATCH_COLUMNS, patch, ['replyFindings']);
}

/* ---- Annual report ---- */

/** Per applicant type, the counts the report's application table needs for one year (Beijing calendar). */
export interface ApplicationYearRow {
  applicantType: ApplicantType;
  /** received: new this year; carried: received before and open at the start; pending: open at the end. */
  bucket: 'received' | 'carried' | 'pending' | 'result';
  replyType: ReplyType | null;
  replyGround: string | null;
  n: number;
}

export async function applicationYearCounts(db: Queryable, unitId: string, year: number): Promise<ApplicationYearRow[]> {
  const start = beijingDayStart(`${year}-01-01`);
  const end = beijingDayStart(`${year + 1}-01-01`);
  const { rows } = await db.query<ApplicationYearRow>(
    `WITH a AS (
       SELECT applicant_type, reply_type, reply_ground, received_on, replied_at, status FROM disclosure_applications
       WHERE unit_id = $1 AND status <> 'WITHDRAWN')
     SELECT applicant_type AS "applicantType", 'received' AS bucket, NULL AS "replyType", NULL AS "replyGround", count(*)::int AS n
       FROM a WHERE received_on >= $2::date AND received_on < $3::date GROUP BY applicant_type
     UNION ALL
     SELECT applicant_type, 'carried', NULL, NULL, count(*)::int FROM a
       WHERE received_on < $2::date AND (replied_at IS NULL OR replied_at >= $4::timestamptz) GROUP BY applicant_type
     UNION ALL
     SELECT applicant_type, 'pending', NULL, NULL, count(*)::int FROM a
       WHERE received_on < $3::date AND (replied_at IS NULL OR replied_at >= $5::timestamptz) GROUP BY applicant_type
     UNION ALL
     SELECT applicant_type, 'result', reply_type, reply_ground, count(*)::int FROM a
       WHERE replied_at >= $4::timestamptz AND replied_at < $5::timestamptz GROUP BY applicant_type, reply_type, reply_ground`,
    [unitId, `${year}-01-01`, `${year + 1}-01-01`, start, end],
  );
  return rows;
}

export interface AnnualReportRecord {
  unitId: string;
  year: number;
  entries: Record<string, unknown>;
  contentId: string | null;
  updatedBy: string;
  updatedAt: Date;
}

export async function findAnnualReport(db: Queryable, unitId: string, year: number): Promise<AnnualReportRecord | null> {
  const { rows } = await db.query<AnnualReportRecord>(
    `SELECT unit_id AS "unitId", year, entries, content_id AS "contentId", updated_by AS "updatedBy", updated_at AS "updatedAt"
     FROM annual_reports WHERE unit_id = $1 AND year = $2`, [unitId, year]);
  return rows[0] ?? null;
}

export async function saveAnnualReport(db: Queryable, r: { unitId: string; year: number; entries?: Record<string, unknown>; contentId?: string | null; updatedBy: string }): Promise<void> {
  await db.query(
    `INSERT INTO annual_reports (unit_id, year, entries, content_id, updated_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (unit_id, year) DO UPDATE SET entries = COALESCE($6, annual_reports.entries), content_id = COALESCE($4, annual_reports.content_id),
       updated_by = $5, updated_at = now()`,
    [r.unitId, r.year, JSON.stringify(r.entries ?? {}), r.contentId ?? null, r.updatedBy, r.entries ? JSON.stringify(r.entries) : null],
  );
}
