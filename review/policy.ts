/**
 * Masking policy (去标识化, in the manner of GB/T 37964-2019): what each kind of personal data becomes in
 * the published rendition, and how loudly the gate reports it.
 *
 * Severity. Personal data is redacted automatically in every rendition, so a pii finding does not stop
 * approval: it is `warn`, which puts it in front of the reviewer (who sees both the original and the
 * redaction) without blocking. `block` is reserved for confidentiality, where no redaction can make a
 * classified document publishable. Data the law requires to be disclosed (the punished party in 行政处罚)
 * is reported as `info` with no replacement, so the reviewer still sees that a name is going out.
 *
 * Category table (codes match the store's seeded categories; bzjl is not seeded, an administrator creates it):
 *
 * | code  | category        | names that stay                                     |
 * |-------|-----------------|-----------------------------------------------------|
 * | xzcf  | 行政处罚         | 当事人, 被处罚人, 违法行为人, 法定代表人, 经营者       |
 * | cjgs  | 惩戒公示         | 失信被执行人, 被执行人, 被惩戒人, 当事人, 法定代表人   |
 * | qzpl  | 强制性信息披露    | 法定代表人, 当事人, 联系人                            |
 * | rsrm  | 人事任免         | every name (appointees are public officials)          |
 * | bzjl  | 表彰奖励         | every name (award lists publish them on purpose)      |
 * | other | —               | none: names become 王某某                            |
 *
 * In every category identifiers (ID, bank card, phones, passport, plate, address) stay masked: the law
 * that discloses a name never discloses the ID number behind it.
 */
import { newFinding, type Finding, type PiiType, type Severity } from './types.js';
import type { PiiCandidate } from './pii/index.js';
import { generalizeAddress } from './pii/address.js';
import { isSignificantCode } from './pii/numbers.js';

export type MaskRule =
  /** Keep `keepPrefix` and `keepSuffix` significant characters (digits, letters), star the rest, keep separators. */
  | { kind: 'mask'; keepPrefix: number; keepSuffix: number }
  /** Names: surname + 某某 (王建国 → 王某某; 巴特尔 → 某某). */
  | { kind: 'surname' }
  /** Names: a per-document pseudonym, the same for every mention of a person (申请人A, 申请人B). */
  | { kind: 'pseudonym' }
  /** Addresses: keep the county-level division, hide the rest (临河区新华街12号 → 临河区****). */
  | { kind: 'generalize' }
  /** Emails: first character of the local part, then *** (zhangsan@163.com → z***@163.com). */
  | { kind: 'maskLocalPart' }
  /** Remove the value entirely, leaving a fixed placeholder. */
  | { kind: 'suppress'; placeholder: string }
  /** Disclosed as the law requires: reported at `info`, not redacted. */
  | { kind: 'keep' };

export interface TypePolicy {
  rule: MaskRule;
  severity: Severity;
}

export interface MaskingPolicy {
  /** The category this policy was made for; null for the default. */
  readonly categoryCode: string | null;
  readonly types: Readonly<Record<PiiType, TypePolicy>>;
  /**
   * Names introduced by these roles stay in the text (rule `keep`); 'all' keeps every name. Other names
   * follow `types.person_name` — a 举报人 in a 行政处罚 decision is still masked.
   */
  readonly disclosedNameRoles: readonly string[] | 'all';
}

export const MASK_CHAR = '*';
export const SUPPRESSED = '［已隐去］';

const WARN = 'warn' as const;

export const DEFAULT_TYPES: Readonly<Record<PiiType, TypePolicy>> = {
  id_card: { rule: { kind: 'mask', keepPrefix: 6, keepSuffix: 4 }, severity: WARN },
  mobile: { rule: { kind: 'mask', keepPrefix: 3, keepSuffix: 4 }, severity: WARN },
  landline: { rule: { kind: 'mask', keepPrefix: 0, keepSuffix: 4 }, severity: WARN },
  email: { rule: { kind: 'maskLocalPart' }, severity: WARN },
  bank_card: { rule: { kind: 'mask', keepPrefix: 0, keepSuffix: 4 }, severity: WARN },
  passport: { rule: { kind: 'mask', keepPrefix: 1, keepSuffix: 3 }, severity: WARN },
  plate: { rule: { kind: 'mask', keepPrefix: 1, keepSuffix: 0 }, severity: WARN },
  person_name: { rule: { kind: 'surname' }, severity: WARN },
  address: { rule: { kind: 'generalize' }, severity: WARN },
};

export const DEFAULT_POLICY: MaskingPolicy = { categoryCode: null, types: DEFAULT_TYPES, disclosedNameRoles: [] };

export interface GateCategory {
  code: string;
  name: string;
  /** Roles whose names stay in published documents of this category. */
  disclosedNameRoles: readonly string[] | 'all';
}

/** Categories whose documents disclose some names by law; the store seeds categories with these codes. */
export const NAME_DISCLOSING_CATEGORIES: readonly GateCategory[] = [
  { code: 'xzcf', name: '行政处罚', disclosedNameRoles: ['当事人', '被处罚人', '违法行为人', '法定代表人', '经营者'] },
  { code: 'cjgs', name: '惩戒公示', disclosedNameRoles: ['失信被执行人', '被执行人', '被惩戒人', '当事人', '法定代表人'] },
  { code: 'qzpl', name: '强制性信息披露', disclosedNameRoles: ['法定代表人', '当事人', '联系人'] },
  { code: 'rsrm', name: '人事任免', disclosedNameRoles: 'all' },
  // Award and commendation lists publish their names on purpose (表彰决定, 先进个人名单). The store seeds no
  // such column; an administrator who creates one with this code gets this policy.
  { code: 'bzjl', name: '表彰奖励', disclosedNameRoles: 'all' },
];

export const NAME_DISCLOSING_CATEGORY_CODES: readonly string[] = NAME_DISCLOSING_CATEGORIES.map((c) => c.code);

/** Policies are immutable: one object per category code, since the gate asks for one on every scan. */
const policies = new Map<string | undefined, MaskingPolicy>();
const POLICIES_MAX = 256;

/** The last code asked for and its policy: the gate asks on every scan, mostly for one category (or none) in a row. */
let lastCode: string | undefined;
let lastPolicy: MaskingPolicy | undefined;

export function policyForCategory(categoryCode?: string): MaskingPolicy {
  if (lastPolicy !== undefined && categoryCode === lastCode) return lastPolicy;
  lastPolicy = policyFor(categoryCode);
  lastCode = categoryCode;
  return lastPolicy;
}

function policyFor(categoryCode: string | undefined): MaskingPolicy {
  let policy = policies.get(categoryCode);
  if (policy === undefined) {
    const cat = NAME_DISCLOSING_CATEGORIES.find((c) => c.code === categoryCode);
    policy = Object.freeze(
      cat ? { categoryCode: cat.code, types: DEFAULT_TYPES, disclosedNameRoles: cat.disclosedNameRoles } : { ...DEFAULT_POLICY, categoryCode: categoryCode ?? null },
    );
    if (policies.size >= POLICIES_MAX) policies.clear();
    policies.set(categoryCode, policy);
  }
  return policy;
}

/** A policy with some types overridden (e.g. suppression of addresses for a sensitive column). */
export function withOverrides(base: MaskingPolicy, overrides: Partial<Record<PiiType, TypePolicy>>): MaskingPolicy {
  return { ...base, types: { ...base.types, ...overrides } };
}

/** Stars every significant character outside the kept prefix and suffix; separators and Han stay. */
export function maskSignificant(value: string, keepPrefix: number, keepSuffix: number, skipLeading = 0): string {
  let total = 0;
  for (let i = 0; i < value.length; i++) if (isSignificantCode(value.charCodeAt(i))) total++;
  const masked = total - skipLeading;
  let seen = 0;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (!isSignificantCode(value.charCodeAt(i))) {
      out += ch;
      continue;
    }
    const k = seen - skipLeading;
    seen++;
    out += k < 0 || k < keepPrefix || k >= masked - keepSuffix ? ch : MASK_CHAR;
  }
  return out;
}

function pseudonymLetter(n: number): string {
  let s = '';
  let k = n;
  do {
    s = String.fromCharCode(65 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}

/** Per-document masking state: the pseudonyms handed out so far. */
export class Masker {
  private readonly pseudonyms = new Map<string, string>();

  constructor(private readonly policy: MaskingPolicy) {}

  private nameDisclosed(c: PiiCandidate): boolean {
    const roles = this.policy.disclosedNameRoles;
    if (roles === 'all') return true;
    return c.role !== undefined && c.role !== null && roles.includes(c.role);
  }

  finding(text: string, c: PiiCandidate): Finding {
    const value = text.slice(c.start, c.end);
    const tp = this.policy.types[c.type];
    const rule: MaskRule = c.type === 'person_name' && this.nameDisclosed(c) ? { kind: 'keep' } : tp.rule;
    if (rule.kind === 'keep') return newFinding('pii', c.type, c.start, c.end, value, 'info', null);
    return newFinding('pii', c.type, c.start, c.end, value, tp.severity, this.replace(value, c, rule));
  }

  private replace(value: string, c: PiiCandidate, rule: Exclude<MaskRule, { kind: 'keep' }>): string {
    switch (rule.kind) {
      case 'mask': {
        // The country code of +86 138… is not part of the number being protected.
        let skip = 0;
        if (c.type === 'mobile') {
          let sig = 0;
          for (let i = 0; i < value.length; i++) if (isSignificantCode(value.charCodeAt(i))) sig++;
          skip = Math.max(0, sig - 11);
        }
        return maskSignificant(value, rule.keepPrefix, rule.keepSuffix, skip);
      }
      case 'surname':
        return `${c.surname ?? ''}某某`;
      case 'pseudonym': {
        const key = c.name ?? value;
        let p = this.pseudonyms.get(key);
        if (!p) {
          p = `${c.role ?? '当事人'}${pseudonymLetter(this.pseudonyms.size)}`;
          this.pseudonyms.set(key, p);
        }
        return p;
      }
      case 'generalize': {
        const kept = generalizeAddress(value);
        return kept === value ? value : `${kept}${MASK_CHAR.repeat(4)}`;
      }
      case 'maskLocalPart': {
        const at = value.indexOf('@');
        return at <= 0 ? MASK_CHAR.repeat(3) : `${value[0]}${MASK_CHAR.repeat(3)}${value.slice(at)}`;
      }
      case 'suppress':
        return rule.placeholder;
    }
  }
}

/** Findings for one document, in the order of `candidates`, with replacements per `policy`. */
export function applyPolicy(text: string, candidates: readonly PiiCandidate[], policy: MaskingPolicy = DEFAULT_POLICY): Finding[] {
  if (candidates.length === 0) return []; // most short items: no masker to set up
  const masker = new Masker(policy);
  return candidates.map((c) => masker.finding(text, c));
}
