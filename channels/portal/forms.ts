/**
 * The portal's public forms: 依申请公开 (apply for disclosure, track an application) and 网民留言 (leave a
 * message, the list of answered messages). Server-rendered, no script: they work with any browser and
 * screen reader, and the CSP forbids scripts anyway. Field labels are the accessible names the public
 * contract lists (姓名, 证件类型 … 提交申请; 标题, 留言内容, 联系电话, 提交留言).
 */
import { html, type HtmlValue, type SafeHtml } from './html.js';
import { portalPaths, renderPortalPage, type SiteInfo } from './render.js';

export interface ChallengeView {
  question: string;
  token: string;
}

export type FormValues = Record<string, string>;

interface Option {
  value: string;
  label: string;
}

function field(id: string, label: string, control: SafeHtml, hint?: string): SafeHtml {
  return html`<div class="field"><label for="${id}">${label}</label>${control}${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : null}</div>`;
}

function input(id: string, name: string, values: FormValues, attrs: { type?: string; required?: boolean; maxlength?: number; autocomplete?: string; hint?: boolean } = {}): SafeHtml {
  return html`<input id="${id}" name="${name}" type="${attrs.type ?? 'text'}" value="${values[name] ?? ''}"${attrs.required ? html` required aria-required="true"` : null}${attrs.maxlength ? html` maxlength="${attrs.maxlength}"` : null}${attrs.autocomplete ? html` autocomplete="${attrs.autocomplete}"` : null}${attrs.hint ? html` aria-describedby="${id}-hint"` : null}>`;
}

function select(id: string, name: string, options: readonly Option[], values: FormValues, required = false): SafeHtml {
  return html`<select id="${id}" name="${name}"${required ? html` required aria-required="true"` : null}>${options.map(
    (o) => html`<option value="${o.value}"${values[name] === o.value ? html` selected` : null}>${o.label}</option>`,
  )}</select>`;
}

function textarea(id: string, name: string, values: FormValues, maxlength: number, required = true): SafeHtml {
  return html`<textarea id="${id}" name="${name}" rows="6" maxlength="${maxlength}"${required ? html` required aria-required="true"` : null}>${values[name] ?? ''}</textarea>`;
}

function errorBox(error: string | null | undefined): HtmlValue {
  return error ? html`<div class="form-error" role="alert"><p>${error}</p></div>` : null;
}

function challengeField(challenge: ChallengeView): SafeHtml {
  return html`<input type="hidden" name="challenge" value="${challenge.token}">
${field('answer', challenge.question, input('answer', 'answer', {}, { required: true, maxlength: 4, autocomplete: 'off', hint: true }), '用于防止自动程序批量提交，请填写计算结果。')}`;
}

export const APPLICANT_TYPES: readonly Option[] = [
  { value: 'natural_person', label: '自然人' }, { value: 'business', label: '商业企业' }, { value: 'research', label: '科研机构' },
  { value: 'social_org', label: '社会公益组织' }, { value: 'legal_service', label: '法律服务机构' }, { value: 'other', label: '其他' },
];
export const ID_TYPE_OPTIONS: readonly Option[] = ['居民身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '外国人永久居留身份证', '统一社会信用代码', '其他'].map((v) => ({ value: v, label: v }));
const DELIVERY: readonly Option[] = [
  { value: 'online', label: '在线查询' }, { value: 'email', label: '电子邮件' }, { value: 'post', label: '邮寄' }, { value: 'pickup', label: '自行领取' },
];

export function renderApplyForm(site: SiteInfo, data: { challenge: ChallengeView; units: readonly Option[]; values?: FormValues; error?: string | null }): string {
  const v = data.values ?? {};
  const main = html`<h1>政府信息公开申请</h1>
<p>依据《中华人民共和国政府信息公开条例》，公民、法人或者其他组织可以向行政机关申请获取政府信息。行政机关收到申请后，能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内答复。标有“必填”的项目须填写。</p>
${errorBox(data.error)}
<form class="form" method="post" action="${portalPaths.apply}" novalidate>
${field('applicantType', '申请人类型', select('applicantType', 'applicantType', APPLICANT_TYPES, v))}
${field('name', '姓名', input('name', 'name', v, { required: true, maxlength: 100, autocomplete: 'name', hint: true }), '必填。法人或其他组织请填写名称。')}
${field('idType', '证件类型', select('idType', 'idType', ID_TYPE_OPTIONS, v, true))}
${field('idNumber', '证件号码', input('idNumber', 'idNumber', v, { required: true, maxlength: 40, autocomplete: 'off', hint: true }), '必填。')}
${field('phone', '联系电话', input('phone', 'phone', v, { type: 'tel', maxlength: 30, autocomplete: 'tel', hint: true }), '联系电话、电子邮箱、通信地址至少填写一项。')}
${field('email', '电子邮箱', input('email', 'email', v, { type: 'email', maxlength: 200, autocomplete: 'email' }))}
${field('address', '通信地址', input('address', 'address', v, { maxlength: 300, autocomplete: 'street-address' }))}
${data.units.length > 1 ? field('unitCode', '受理机关', select('unitCode', 'unitCode', data.units, v)) : null}
${field('description', '所需信息内容描述', textarea('description', 'description', v, 5000))}
${field('purpose', '用途（选填）', textarea('purpose', 'purpose', v, 2000, false))}
${field('deliveryForm', '获取信息的方式', select('deliveryForm', 'deliveryForm', DELIVERY, v))}
${challengeField(data.challenge)}
<button type="submit">提交申请</button>
</form>
<p><a href="${portalPaths.applyTrack}">查询申请办理进度</a></p>`;
  return renderPortalPage(site, { title: '政府信息公开申请', main, path: portalPaths.apply, noindex: true });
}

export function renderApplyReceipt(site: SiteInfo, data: { regNo: string; accessCode: string; dueOn: string | null; unitName: string }): string {
  const main = html`<h1>申请已提交</h1>
<div class="receipt" role="status">
<p>您的政府信息公开申请已登记。请记下登记号和查询码，凭二者查询办理进度和答复。查询码只显示这一次。</p>
<dl>
<dt>登记号</dt><dd>${data.regNo}</dd>
<dt>查询码</dt><dd>${data.accessCode}</dd>
<dt>受理机关</dt><dd>${data.unitName}</dd>
${data.dueOn ? html`<dt>答复期限</dt><dd>${data.dueOn}（依法延长或补正、征求意见的除外）</dd>` : null}
</dl>
</div>
<p><a href="${portalPaths.applyTrack}">查询办理进度</a></p>`;
  return renderPortalPage(site, { title: '申请已提交', main, noindex: true });
}

export interface TrackView {
  regNo: string;
  status: string;
  unitName: string;
  receivedOn: string;
  dueOn: string | null;
  reply: { type: string; ground: string | null; text: string; repliedOn: string } | null;
  correctionNote: string | null;
}

export function renderTrack(site: SiteInfo, data: { kind: 'apply' | 'message'; values?: FormValues; error?: string | null; result?: TrackView | null }): string {
  const v = data.values ?? {};
  const action = data.kind === 'apply' ? portalPaths.applyTrack : portalPaths.messageTrack;
  const title = data.kind === 'apply' ? '申请办理进度查询' : '留言办理进度查询';
  const r = data.result;
  const main = html`<h1>${title}</h1>
${errorBox(data.error)}
<form class="form" method="post" action="${action}">
${field('regNo', '登记号', input('regNo', 'regNo', v, { required: true, maxlength: 20, autocomplete: 'off' }))}
${field('accessCode', '查询码', input('accessCode', 'accessCode', {}, { required: true, maxlength: 12, autocomplete: 'off' }))}
<button type="submit">查询</button>
</form>
${r ? html`<section class="record" aria-labelledby="result-h"><h2 id="result-h">办理情况</h2><dl>
<dt>登记号</dt><dd>${r.regNo}</dd>
<dt>办理状态</dt><dd>${r.status}</dd>
<dt>受理机关</dt><dd>${r.unitName}</dd>
<dt>收到日期</dt><dd>${r.receivedOn}</dd>
${r.dueOn ? html`<dt>答复期限</dt><dd>${r.dueOn}</dd>` : null}
${r.correctionNote ? html`<dt>补正事项</dt><dd>${r.correctionNote}</dd>` : null}
${r.reply ? html`<dt>答复日期</dt><dd>${r.reply.repliedOn}</dd><dt>答复类型</dt><dd>${r.reply.type}${r.reply.ground ? `（${r.reply.ground}）` : ''}</dd><dt>答复内容</dt><dd>${r.reply.text}</dd>` : null}
</dl></section>` : null}`;
  return renderPortalPage(site, { title, main, path: action, noindex: true });
}

const MESSAGE_KINDS: readonly Option[] = [
  { value: 'consult', label: '咨询' }, { value: 'suggestion', label: '建议' }, { value: 'complaint', label: '投诉' }, { value: 'help', label: '求助' }, { value: 'other', label: '其他' },
];

export function renderMessageForm(site: SiteInfo, data: { challenge: ChallengeView; values?: FormValues; error?: string | null }): string {
  const v = data.values ?? {};
  const main = html`<h1>我要留言</h1>
<p>留言经审核后，与答复一并公开（不公开联系电话，个人信息作去标识化处理）。标有“必填”的项目须填写。</p>
${errorBox(data.error)}
<form class="form" method="post" action="${portalPaths.messages}" novalidate>
${field('category', '留言类型', select('category', 'category', MESSAGE_KINDS, v))}
${field('subject', '标题', input('subject', 'subject', v, { required: true, maxlength: 100, hint: true }), '必填，100 字以内。')}
${field('body', '留言内容', textarea('body', 'body', v, 5000))}
${field('phone', '联系电话', input('phone', 'phone', v, { type: 'tel', maxlength: 30, autocomplete: 'tel', hint: true }), '选填，仅供工作人员联系您，不会公开。')}
${challengeField(data.challenge)}
<button type="submit">提交留言</button>
</form>`;
  return renderPortalPage(site, { title: '我要留言', main, path: portalPaths.newMessage, noindex: true });
}

export function renderMessageReceipt(site: SiteInfo, data: { regNo: string; accessCode: string }): string {
  const main = html`<h1>留言已提交</h1>
<div class="receipt" role="status"><p>您的留言已收到，工作人员受理后将及时答复。请记下登记号和查询码，凭二者查询办理进度。</p>
<dl><dt>登记号</dt><dd>${data.regNo}</dd><dt>查询码</dt><dd>${data.accessCode}</dd></dl></div>
<p><a href="${portalPaths.messages}">查看留言答复</a> · <a href="${portalPaths.messageTrack}">查询办理进度</a></p>`;
  return renderPortalPage(site, { title: '留言已提交', main, noindex: true });
}

export interface PublicMessageView {
  regNo: string;
  subject: string;
  body: string;
  acceptedOn: string;
  repliedOn: string;
  replyUnit: string;
  reply: string;
}

export function renderMessageList(site: SiteInfo, data: { items: readonly PublicMessageView[]; page: number; hasNext: boolean }): string {
  const main = html`<h1>网民留言</h1>
<p><a href="${portalPaths.newMessage}">我要留言</a> · <a href="${portalPaths.messageTrack}">查询办理进度</a></p>
${data.items.length === 0 ? html`<p>暂无已答复的留言。</p>` : data.items.map(
    (m) => html`<article class="record" aria-labelledby="m-${m.regNo}"><h2 id="m-${m.regNo}">${m.subject}</h2>
<p>${m.body}</p>
<dl>
<dt>受理日期</dt><dd>${m.acceptedOn}</dd>
<dt>答复日期</dt><dd>${m.repliedOn}</dd>
<dt>答复部门</dt><dd>${m.replyUnit}</dd>
<dt>答复内容</dt><dd>${m.reply}</dd>
</dl></article>`,
  )}
<nav aria-label="分页">${data.page > 1 ? html`<a href="${portalPaths.messages}?page=${data.page - 1}">上一页</a> ` : null}${data.hasNext ? html`<a href="${portalPaths.messages}?page=${data.page + 1}">下一页</a>` : null}</nav>`;
  return renderPortalPage(site, { title: '网民留言', main, path: portalPaths.messages });
}
