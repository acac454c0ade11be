import { auth } from '../../api';
import type { AttachmentLimit } from '../../queries/attachments';

/** A type as editors name it: JPEG files are “JPG” to most people. */
const shown = (type: string) => (type === 'JPEG' ? 'JPG' : type);

/** Limits are whole megabytes: 20 MB, not 20.0 MB. */
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** The server's limits in one sentence, grouped by size: “PDF、DOCX、XLSX 每个不超过 20 MB；JPG、PNG、GIF 每个不超过 5 MB”. */
export function limitsSentence(limits: readonly AttachmentLimit[]): string {
  const bySize = new Map<number, string[]>();
  for (const l of limits) bySize.set(l.maxBytes, [...(bySize.get(l.maxBytes) ?? []), shown(l.type)]);
  return [...bySize.entries()].sort((a, b) => b[0] - a[0]).map(([max, types]) => `${types.join('、')} 每个不超过 ${megabytes(max)}`).join('；');
}

export const acceptOf = (limits: readonly AttachmentLimit[]): string => limits.flatMap((l) => l.extensions.map((e) => `.${e}`)).join(',');

/** Checked before sending, with the server's own limits (the server checks again, by the file's content). */
export function localProblem(file: File, limits: readonly AttachmentLimit[]): string | null {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(file.name)?.[1]?.toLowerCase();
  const limit = ext ? limits.find((l) => l.extensions.includes(ext)) : undefined;
  if (!limit) return `不支持「${file.name}」的文件类型：可上传 ${limits.map((l) => shown(l.type)).join('、')} 文件`;
  if (file.size === 0) return `文件「${file.name}」是空的`;
  if (file.size > limit.maxBytes) return `文件「${file.name}」有 ${fileSize(file.size)}，${shown(limit.type)} 文件不能超过 ${megabytes(limit.maxBytes)}`;
  return null;
}

/** An upload's refusal in the server's own words (already Chinese and specific), or a general one. */
export class UploadError extends Error {}

/** POST /media with the session's bearer token, as /graphql gets it; `replaces` takes another attachment off in the same step. */
export async function sendFile(contentId: string, file: File, replaces?: string): Promise<void> {
  const query = new URLSearchParams({ contentId, filename: file.name, ...(replaces ? { replaces } : {}) });
  let res: Response;
  try {
    res = await fetch(`/media?${query}`, { method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream', ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}) } });
  } catch {
    throw new UploadError('无法连接统发服务器，请检查网络后重试。');
  }
  if (res.ok) return;
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  const code = body?.error?.code;
  if (code === 'UNAUTHENTICATED') throw new UploadError('登录已失效，请重新登录后再上传。');
  if (code === 'INVALID_TRANSITION') throw new UploadError('内容已通过审核或已发布，附件不能再改动；如需修改，请先编辑内容送审。');
  if (code === 'PAYLOAD_TOO_LARGE') throw new UploadError(body?.error?.message ?? '文件过大。');
  if (code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' || code === 'FORBIDDEN') throw new UploadError(body?.error?.message ?? '上传失败，请检查文件后重试。');
  throw new UploadError('上传失败，请稍后再试；如反复出现，请联系系统管理员。');
}
