/**
 * WeChat Official Account (公众号) channel: one article per rendition, published through the draft box and the
 * asynchronous free-publish API.
 *
 *   body images → media/uploadimg (mmbiz URLs)   cover → material/add_material type=thumb
 *   → draft/add → freepublish/submit → { externalId: publish_id, pending: true }
 *   → status(publish_id) polls freepublish/get, or the PUBLISHJOBFINISH callback reports the same verdict
 *   → retract(publish_id) looks up the article_id with freepublish/get and removes it with freepublish/delete
 *
 * Exactly once. WeChat has no idempotency key: a freepublish/submit whose reply is lost may have published.
 * - within one publish() call a step is never repeated after it succeeded (only the failed request is retried,
 *   and only for replies that prove the platform did not act: stale token, errcode -1);
 * - the draft and the time of its first submit are saved (`checkpoint`) before the submit, and a retry (in this
 *   process or after a crash) submits the same draft again. The platform refuses a draft an earlier submit
 *   consumed (40007), so a second publish of it is impossible. On that refusal the adapter searches the account's
 *   发表记录 (freepublish/batchget) for the article — same title and digest, and the publication's marker on its
 *   阅读原文 link — and returns it as published (`article:<article_id>`). Only when it is still absent after
 *   `submitSettleMs` (the platform may still be publishing) is a fresh draft made and submitted.
 * What the caller must do: store the returned externalId (publish_id) before polling, never call publish()
 * again for a publication that has one, and keep the saved progress for the retries. Under a delivery the
 * submit and the 群发 go through `beforeSend` (PublishContext): a worker that lost the publication to another
 * stops before sending, so two workers never submit two drafts.
 */
import { createHash } from 'node:crypto';
import {
  ChannelError,
  sendDeadline,
  type AccountCredentials,
  type Channel,
  type ExternalStatus,
  type PublishContext,
  type PublishResult,
  type Rendition,
} from '../Channel.js';
import { withoutTextMetadata } from '../imageMetadata.js';
import { fetchImage, type ImageFetchPolicy } from '../safeFetch.js';
import { WECHAT_DEFAULTS, WechatApi, type DraftArticle, type WechatApiOptions } from './api.js';
import { isJpeg, isPng, PLACEHOLDER_COVER_JPEG } from './cover.js';
import { publishJobStatus } from './events.js';
import { singleLine, truncateText, visibleTextLength } from '../../text/index.js';
import { collectImageSources, renderWechatHtml } from './render.js';
import { carriesMarker, markedLink, publicationMarker } from '../marker.js';

export {
  handleWechatCallback,
  parsePublishJobFinish,
  publishJobFinishStatus,
  signWechatRequest,
  verifyWechatSignature,
} from './events.js';
export type { PublishJobFinish, WechatCallbackOutcome } from './events.js';
export { WechatApi } from './api.js';

/** Limits from the draft/add documentation (api_draft_add). */
export const WECHAT_LIMITS = {
  titleChars: 32,
  authorChars: 16,
  digestChars: 128,
  contentChars: 20_000,
  contentBytes: 1024 * 1024,
  sourceUrlBytes: 1024,
  /** media/uploadimg: jpg/png below 1 MB. */
  bodyImageBytes: 1024 * 1024,
  /** material/add_material type=thumb: JPG up to 64 KB. */
  thumbBytes: 64 * 1024,
  /** material/add_material type=image: up to 10 MB. */
  coverImageBytes: 10 * 1024 * 1024,
} as const;

export interface LoadedImage {
  bytes: Uint8Array;
  contentType: string;
}

export interface WechatChannelOptions extends Partial<Omit<WechatApiOptions, 'appId' | 'appSecret'>> {
  /**
   * Fetches an image of the rendition for re-hosting. Default: data: URIs are decoded, http(s) URLs fetched
   * (relative ones resolved against the portal URL).
   */
  loadImage?: (src: string) => Promise<LoadedImage>;
  /**
   * Where the default loader may fetch http(s) images from (channels/safeFetch.ts). Default: nowhere, so
   * only data: URIs and images the hub itself supplies are used.
   */
  imageSources?: () => Promise<Pick<ImageFetchPolicy, 'allowedHosts' | 'allowAddresses'>>;
  /** How many unfinished publish attempts to remember for reuse on retry. */
  progressEntries?: number;
  /**
   * How long after a submit that consumed its draft the article may still be missing from the 发表记录 because
   * the platform is still publishing; only after it is a fresh draft submitted. Default 5 minutes.
   */
  submitSettleMs?: number;
  /** How many pages of 20 of the 发表记录 to search for an earlier submit's article. Default 25. */
  publishedSearchPages?: number;
}

interface Progress {
  images: Map<string, string>;
  thumbMediaId?: string;
  draftMediaId?: string;
  /** When the current draft was first submitted (ISO); set = a submit of it may have consumed it. */
  submitAt?: string;
  /** When the publication's first submit was made: the floor of every search of the 发表记录. */
  firstSubmitAt?: string;
}

/** External ids of articles found in the 发表记录 (freepublish/batchget) rather than returned by a submit. */
const ARTICLE_PREFIX = 'article:';
/** External ids of 群发 (message/mass/sendall msg_id). */
export const MASS_PREFIX = 'mass:';

/** sendall's clientmsgid (≤ 64 bytes): one per publication, so the platform refuses a second 群发 of it. */
export function massClientMsgId(idempotencyKey: string): string {
  return createHash('sha256').update(`mass:${idempotencyKey}`).digest('hex').slice(0, 32);
}

export class WechatChannel implements Channel {
  readonly kind = 'WECHAT' as const;
  private readonly opts: Omit<WechatApiOptions, 'appId' | 'appSecret'>;
  private readonly clients = new Map<string, WechatApi>();
  private readonly placeholders = new Map<string, Promise<string>>();
  private readonly progress = new Map<string, Progress>();
  private readonly loadImageFn: (src: string) => Promise<LoadedImage>;
  private readonly progressEntries: number;
  private readonly submitSettleMs: number;
  private readonly publishedSearchPages: number;

  constructor(options: WechatChannelOptions = {}) {
    this.opts = {
      apiBase: (options.apiBase ?? WECHAT_DEFAULTS.apiBase).replace(/\/+$/, ''),
      timeoutMs: options.timeoutMs ?? WECHAT_DEFAULTS.timeoutMs,
      tokenMarginMs: options.tokenMarginMs ?? WECHAT_DEFAULTS.tokenMarginMs,
      busyRetries: options.busyRetries ?? WECHAT_DEFAULTS.busyRetries,
      busyBackoffMs: options.busyBackoffMs ?? WECHAT_DEFAULTS.busyBackoffMs,
      tokenEndpoint: options.tokenEndpoint ?? WECHAT_DEFAULTS.tokenEndpoint,
      dailyQuotaBackoffMs: options.dailyQuotaBackoffMs ?? WECHAT_DEFAULTS.dailyQuotaBackoffMs,
      minuteQuotaBackoffMs: options.minuteQuotaBackoffMs ?? WECHAT_DEFAULTS.minuteQuotaBackoffMs,
    };
    const imageSources = options.imageSources ?? (async () => ({ allowedHosts: [] }));
    this.loadImageFn = options.loadImage ?? (async (src) => defaultLoadImage(src, { ...(await imageSources()), timeoutMs: this.opts.timeoutMs, maxBytes: WECHAT_LIMITS.bodyImageBytes }));
    this.progressEntries = options.progressEntries ?? 1000;
    this.submitSettleMs = options.submitSettleMs ?? 5 * 60_000;
    this.publishedSearchPages = options.publishedSearchPages ?? 25;
  }

  validate(rendition: Rendition, account: AccountCredentials | null): string[] {
    const problems: string[] = [];
    if (!account) problems.push('微信公众号发布需要一个公众号账号');
    else if (!credentialsOf(account)) problems.push(`公众号账号「${account.name}」缺少 appId 或 appSecret`);
    const title = rendition.title.trim();
    if (!title) problems.push('标题为空');
    else if ([...title].length > WECHAT_LIMITS.titleChars) {
      problems.push(`公众号文章标题不能超过 ${WECHAT_LIMITS.titleChars} 个字（当前 ${[...title].length} 个字）`);
    }
    if (!rendition.html.trim()) problems.push('正文为空');
    const chars = visibleTextLength(rendition.html);
    if (chars >= WECHAT_LIMITS.contentChars) {
      problems.push(`公众号文章正文须少于 ${WECHAT_LIMITS.contentChars} 字（当前 ${chars} 字），请拆分后发布`);
    }
    // Measured with placeholder image URLs of mmbiz length; the real ones are no longer.
    const bytes = Buffer.byteLength(renderWechatHtml(rendition.html, () => 'http://mmbiz.qpic.cn/mmbiz_png/' + 'x'.repeat(90) + '/0'));
    if (bytes >= WECHAT_LIMITS.contentBytes) problems.push('公众号文章正文（含排版）须小于 1 MB');
    if (Buffer.byteLength(markedLink(rendition.portalUrl, 'x'.repeat(12))) > WECHAT_LIMITS.sourceUrlBytes) problems.push('门户文章链接过长，无法作为“阅读原文”');
    for (const src of collectImageSources(rendition.html)) {
      const problem = imageProblem(src);
      if (problem) problems.push(problem);
    }
    return problems;
  }

  async publish(
    rendition: Rendition,
    account: AccountCredentials | null,
    idempotencyKey: string,
    context?: PublishContext,
  ): Promise<PublishResult> {
    const api = this.client(account);
    const key = `${api.appId}\u0000${idempotencyKey}`;
    const marker = publicationMarker(idempotencyKey);
    // A draft saved durably by an interrupted attempt (another process, before a crash) is resumed, not re-made.
    const resume = context?.resume ?? {};
    const progress: Progress = this.progress.get(key) ?? {
      images: new Map<string, string>(),
      ...(resume.draftMediaId ? { draftMediaId: resume.draftMediaId } : {}),
      ...(resume.draftMediaId && resume.submitAt ? { submitAt: resume.submitAt } : {}),
      ...(resume.firstSubmitAt ? { firstSubmitAt: resume.firstSubmitAt } : {}),
    };
    this.remember(key, progress);
    try {
      for (let round = 0; ; round++) {
        if (!progress.draftMediaId) await this.makeDraft(api, rendition, account, progress, marker);
        const draftMediaId = progress.draftMediaId!;
        // Set when this very draft was submitted before and the outcome never came back.
        const earlierSubmit = progress.submitAt;
        progress.submitAt = earlierSubmit ?? new Date().toISOString();
        progress.firstSubmitAt ??= progress.submitAt;
        // Submit is the one step that publishes: its draft and time are saved first, so a crash after it can be told
        // apart, and only while this delivery still holds the publication (a stalled worker that lost it stops here).
        await api.accessToken();
        const sendBy = await sendDeadline(context, { draftMediaId, submitAt: progress.submitAt, firstSubmitAt: progress.firstSubmitAt }, this.opts.timeoutMs);
        try {
          const publishId = await api.submit(draftMediaId, sendBy);
          this.progress.delete(key);
          return { externalId: publishId, url: null, pending: true };
        } catch (err) {
          // A refused media_id after an unanswered submit: that submit consumed the draft. Did it publish?
          if (round > 0 || !earlierSubmit || !(err instanceof ChannelError) || err.code !== 'WECHAT_40007') throw err;
        }
        const found = await this.findPublished(api, draftArticleIdentity(rendition), marker, new Date(progress.firstSubmitAt));
        if (found) {
          this.progress.delete(key);
          return found;
        }
        const waited = Date.now() - Date.parse(earlierSubmit);
        if (waited < this.submitSettleMs) {
          throw new ChannelError(
            '上次提交的发表尚未出现在公众号发表记录中（平台仍在处理），稍后自动再核对，不会重复发表',
            true,
            'WECHAT_SUBMIT_SETTLING',
            false,
            Math.min(this.submitSettleMs - waited, 15_000),
          );
        }
        // Genuinely absent: the consumed draft published nothing. Only now is a fresh draft submitted.
        progress.draftMediaId = undefined;
        progress.submitAt = undefined;
      }
    } catch (err) {
      // A definite refusal will be refused again; only a retryable failure is worth resuming from.
      if (!(err instanceof ChannelError) || !err.retryable) this.progress.delete(key);
      throw err;
    }
  }

  /** Verifies the account's AppID/AppSecret with a token request of its own (no cached token can hide a bad secret). */
  async verifyCredentials(account: AccountCredentials): Promise<void> {
    const creds = credentialsOf(account);
    if (!creds) throw new ChannelError(`公众号账号「${account.name}」缺少 appId 或 appSecret`, false, 'WECHAT_NO_CREDENTIALS', true);
    await new WechatApi({ ...this.opts, ...creds }).checkCredentials();
  }

  private async makeDraft(api: WechatApi, rendition: Rendition, account: AccountCredentials | null, progress: Progress, marker: string): Promise<void> {
    const loaded = new Map<string, LoadedImage>();
    for (const src of collectImageSources(rendition.html)) {
      if (progress.images.has(src)) continue;
      const image = await this.loadBodyImage(src, rendition.portalUrl);
      loaded.set(src, image);
      progress.images.set(src, await api.uploadImage(image.bytes, fileName(image.contentType), image.contentType));
    }
    progress.thumbMediaId ??= await this.cover(api, rendition, account, loaded);
    progress.draftMediaId = await api.addDraft([draftArticle(rendition, progress, marker)]);
  }

  /**
   * The account's published article made from this publication's draft — same title and digest, and the
   * publication's marker on its 阅读原文 link — searched newest first back to a minute before `since`.
   */
  private async findPublished(api: WechatApi, identity: { title: string; digest: string | null }, marker: string, since: Date): Promise<PublishResult | null> {
    const floor = since.getTime() / 1000 - 60;
    for (let page = 0, offset = 0; page < this.publishedSearchPages; page++, offset += 20) {
      const { totalCount, articles } = await api.batchGetPublished(offset, 20);
      for (const article of articles) {
        const item = article.items.find(
          (n) => !n.isDeleted && n.title === identity.title && (identity.digest === null || n.digest === identity.digest) && carriesMarker(n.contentSourceUrl, marker),
        );
        if (item) return { externalId: `${ARTICLE_PREFIX}${article.articleId}`, url: item.url || null };
      }
      if (articles.length === 0 || offset + articles.length >= totalCount) return null;
      if (Math.min(...articles.map((a) => a.updateTime)) < floor) return null;
    }
    return null;
  }

  /**
   * 群发 (mass send) to every follower instead of 发布: the same draft, then message/mass/sendall with a clientmsgid
   * derived from the idempotency key, so a retry of an unanswered send is answered with the first 群发's msg_id
   * (45065) instead of reaching followers twice. Completes asynchronously: poll `status` (message/mass/get).
   * With API群发保护 the send waits (SENDING) until an administrator confirms it on the phone within 30 minutes.
   */
  async massSend(rendition: Rendition, account: AccountCredentials | null, idempotencyKey: string, context?: PublishContext): Promise<PublishResult> {
    const api = this.client(account);
    const key = `${api.appId}\u0000mass\u0000${idempotencyKey}`;
    const resumedDraft = context?.resume?.draftMediaId;
    const progress: Progress = this.progress.get(key) ?? { images: new Map<string, string>(), ...(resumedDraft ? { draftMediaId: resumedDraft } : {}) };
    this.remember(key, progress);
    try {
      if (!progress.draftMediaId) await this.makeDraft(api, rendition, account, progress, publicationMarker(idempotencyKey));
      await api.accessToken();
      const sendBy = await sendDeadline(context, { draftMediaId: progress.draftMediaId! }, this.opts.timeoutMs);
      const msgId = await api.massSendAll(progress.draftMediaId!, massClientMsgId(idempotencyKey), sendBy);
      this.progress.delete(key);
      return { externalId: `${MASS_PREFIX}${msgId}`, url: null, pending: true };
    } catch (err) {
      if (!(err instanceof ChannelError) || !err.retryable) this.progress.delete(key);
      throw err;
    }
  }

  async status(externalId: string, account: AccountCredentials | null): Promise<ExternalStatus> {
    if (externalId.startsWith(MASS_PREFIX)) {
      const state = await this.client(account).massGet(externalId.slice(MASS_PREFIX.length));
      if (state === 'SEND_SUCCESS') return { state: 'published', url: null };
      if (state === 'SENDING') return { state: 'publishing' };
      return { state: 'failed', message: state === 'DELETE' ? '群发消息已被删除' : '群发失败（未在 30 分钟内确认、被管理员拒绝，或平台审核未通过）' };
    }
    // Found in the 发表记录 by a retry: published, and nothing to poll.
    if (externalId.startsWith(ARTICLE_PREFIX)) return { state: 'published', url: null };
    const job = await this.client(account).getPublish(externalId);
    return publishJobStatus(job);
  }

  /** Idempotent: a publish that failed, or was already removed on the platform, has nothing left to retract. */
  async retract(externalId: string, account: AccountCredentials | null): Promise<void> {
    const api = this.client(account);
    if (externalId.startsWith(MASS_PREFIX)) {
      await api.massDelete(externalId.slice(MASS_PREFIX.length));
      return;
    }
    if (externalId.startsWith(ARTICLE_PREFIX)) {
      await api.deletePublished(externalId.slice(ARTICLE_PREFIX.length), 0).catch((err: unknown) => {
        // Already removed on the platform: nothing left to retract.
        if (!(err instanceof ChannelError && err.code === 'WECHAT_40007')) throw err;
      });
      return;
    }
    const job = await api.getPublish(externalId);
    if (job.publishStatus === 1) {
      throw new ChannelError('WeChat is still publishing this article; retract again once it has finished', true, 'WECHAT_STILL_PUBLISHING', false, 60_000);
    }
    if (job.publishStatus !== 0) return;
    if (!job.articleId) {
      throw new ChannelError(`WeChat reported publish ${externalId} as published without an article_id`, false, 'WECHAT_BAD_REPLY');
    }
    await api.deletePublished(job.articleId, 0);
  }

  /** The API client of an account; one per app and process, so its token cache is shared by every caller. */
  client(account: AccountCredentials | null): WechatApi {
    const creds = account ? credentialsOf(account) : null;
    if (!account || !creds) {
      throw new ChannelError(
        account ? `公众号账号「${account.name}」缺少 appId 或 appSecret` : '微信公众号发布需要一个公众号账号',
        false,
        'WECHAT_NO_CREDENTIALS',
        account !== null,
      );
    }
    const key = `${account.accountId}\u0000${creds.appId}\u0000${createHash('sha256').update(creds.appSecret).digest('hex')}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new WechatApi({ ...this.opts, ...creds });
      this.clients.set(key, client);
    }
    return client;
  }

  private remember(key: string, progress: Progress): void {
    this.progress.delete(key);
    this.progress.set(key, progress);
    while (this.progress.size > this.progressEntries) {
      const oldest = this.progress.keys().next().value;
      if (oldest === undefined) break;
      this.progress.delete(oldest);
    }
  }

  private async loadBodyImage(src: string, portalUrl: string): Promise<LoadedImage> {
    const absolute = absoluteSrc(src, portalUrl);
    const image = await this.loadImageFn(absolute);
    const kind = isJpeg(image.bytes) ? 'image/jpeg' : isPng(image.bytes) ? 'image/png' : null;
    if (!kind) {
      throw new ChannelError(`正文图片 ${displaySrc(src)} 不是 JPG/PNG 格式，公众号不支持`, false, 'WECHAT_IMAGE_UNSUPPORTED');
    }
    if (image.bytes.length >= WECHAT_LIMITS.bodyImageBytes) {
      throw new ChannelError(`正文图片 ${displaySrc(src)} 超过 1 MB，公众号不支持`, false, 'WECHAT_IMAGE_UNSUPPORTED');
    }
    // The gate never read the text an image carries (it is fetched now, after review): it is not re-published.
    return { bytes: withoutTextMetadata(image.bytes), contentType: kind };
  }

  /**
   * The editor's chosen cover (渠道文案) when there is one: as a thumb when it qualifies (JPEG ≤ 64 KB), otherwise
   * as a permanent image material, which draft/add accepts too. Else the first body image when it already
   * qualifies as a thumb; otherwise the generated placeholder, uploaded once per app and process because
   * permanent thumb materials are capped.
   */
  private async cover(
    api: WechatApi,
    rendition: Rendition,
    account: AccountCredentials | null,
    loaded: Map<string, LoadedImage>,
  ): Promise<string> {
    const cover = rendition.wechatCover;
    const chosen = cover ? { ...cover, bytes: withoutTextMetadata(cover.bytes) } : undefined;
    if (chosen) {
      if (chosen.bytes.length > WECHAT_LIMITS.coverImageBytes) throw new ChannelError('所选微信封面超过 10 MB，公众号不支持，请换一张图片', false, 'WECHAT_IMAGE_UNSUPPORTED');
      if (isJpeg(chosen.bytes) && chosen.bytes.length <= WECHAT_LIMITS.thumbBytes) return api.addThumb(chosen.bytes, 'cover.jpg');
      if (!isJpeg(chosen.bytes) && !isPng(chosen.bytes)) throw new ChannelError('所选微信封面不是 JPG/PNG 图片，公众号不支持', false, 'WECHAT_IMAGE_UNSUPPORTED');
      return api.addImageMaterial(chosen.bytes, fileName(chosen.contentType), chosen.contentType);
    }
    const [firstSrc] = collectImageSources(rendition.html);
    if (firstSrc !== undefined) {
      const image = loaded.get(firstSrc) ?? (await this.loadBodyImage(firstSrc, rendition.portalUrl));
      if (isJpeg(image.bytes) && image.bytes.length <= WECHAT_LIMITS.thumbBytes) {
        return api.addThumb(image.bytes, 'cover.jpg');
      }
    }
    const key = `${account?.accountId ?? ''}\u0000${api.appId}`;
    let placeholder = this.placeholders.get(key);
    if (!placeholder) {
      placeholder = api.addThumb(PLACEHOLDER_COVER_JPEG, 'cover.jpg');
      this.placeholders.set(key, placeholder);
      placeholder.catch(() => this.placeholders.delete(key));
    }
    return placeholder;
  }
}

/** What identifies the draft's article in the 发表记录 besides the marker. */
function draftArticleIdentity(rendition: Rendition): { title: string; digest: string | null } {
  return { title: rendition.title.trim(), digest: wechatCopy(rendition).digest };
}

/**
 * The article's 作者, 摘要 and 原文链接: the editor's 渠道文案 where written, otherwise derived from the item (the
 * unit, the summary, the portal article). The review preview shows exactly these.
 */
export function wechatCopy(rendition: Pick<Rendition, 'summary' | 'unitName' | 'portalUrl' | 'variants'>): { author: string | null; digest: string | null; sourceUrl: string } {
  const digest = truncateText(singleLine(rendition.variants?.wechatDigest ?? rendition.summary), WECHAT_LIMITS.digestChars);
  const author = (rendition.variants?.wechatAuthor ?? rendition.unitName).trim();
  return {
    author: [...author].length > 0 && [...author].length <= WECHAT_LIMITS.authorChars ? author : null,
    digest: digest || null,
    sourceUrl: rendition.variants?.sourceUrl ?? rendition.portalUrl,
  };
}

function draftArticle(rendition: Rendition, progress: Progress, marker: string): DraftArticle {
  if (!progress.thumbMediaId) throw new Error('cover must be uploaded before the draft');
  const { author, sourceUrl } = wechatCopy(rendition);
  const { title, digest } = draftArticleIdentity(rendition);
  return {
    title,
    ...(author ? { author } : {}),
    ...(digest ? { digest } : {}),
    content: renderWechatHtml(rendition.html, (src) => progress.images.get(src) ?? null),
    // The marker rides on the 原文链接 whichever it is: a resumed publish finds its article by it.
    content_source_url: markedLink(sourceUrl, marker),
    thumb_media_id: progress.thumbMediaId,
    need_open_comment: 0,
    only_fans_can_comment: 0,
  };
}

function credentialsOf(account: AccountCredentials): { appId: string; appSecret: string } | null {
  const appId = account.credentials.appId?.trim();
  const appSecret = account.credentials.appSecret?.trim();
  return appId && appSecret ? { appId, appSecret } : null;
}

function imageProblem(src: string): string | null {
  if (src.startsWith('data:')) {
    const m = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(src);
    if (!m || !/^image\/(jpe?g|png)$/i.test(m[1] ?? '')) return `正文图片 ${displaySrc(src)} 不是 JPG/PNG 格式，公众号不支持`;
    const size = m[2] ? Buffer.from(m[3], 'base64').length : Buffer.byteLength(decodeURIComponent(m[3]));
    return size >= WECHAT_LIMITS.bodyImageBytes ? `正文图片 ${displaySrc(src)} 超过 1 MB，公众号不支持` : null;
  }
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(src)?.[1]?.toLowerCase();
  if (ext && ['gif', 'webp', 'svg', 'bmp', 'tif', 'tiff', 'avif', 'heic'].includes(ext)) {
    return `正文图片 ${displaySrc(src)} 是 ${ext.toUpperCase()} 格式，公众号只支持 JPG/PNG`;
  }
  return null;
}

function absoluteSrc(src: string, portalUrl: string): string {
  if (src.startsWith('data:')) return src;
  try {
    return new URL(src, portalUrl).href;
  } catch {
    throw new ChannelError(`正文图片地址无效：${displaySrc(src)}`, false, 'WECHAT_IMAGE_UNSUPPORTED');
  }
}

function displaySrc(src: string): string {
  return src.startsWith('data:') ? src.slice(0, 30) + '…' : src;
}

function fileName(contentType: string): string {
  return contentType === 'image/png' ? 'image.png' : 'image.jpg';
}

async function defaultLoadImage(src: string, policy: ImageFetchPolicy): Promise<LoadedImage> {
  if (src.startsWith('data:')) {
    const m = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(src);
    if (!m) throw new ChannelError('正文图片的 data: 地址无效', false, 'WECHAT_IMAGE_UNSUPPORTED');
    const bytes = m[2] ? Buffer.from(m[3], 'base64') : Buffer.from(decodeURIComponent(m[3]));
    return { bytes: new Uint8Array(bytes), contentType: m[1] ?? 'application/octet-stream' };
  }
  // Never a plain fetch: the URL comes from an editor's HTML (SSRF).
  return fetchImage(src, policy);
}
