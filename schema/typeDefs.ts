/** The GraphQL API: the core named in ../shared/CONTRACT.md, extended. */
export const typeDefs = /* GraphQL */ `
  scalar DateTime
  scalar JSON

  enum Role { EDITOR REVIEWER CHANNEL_ADMIN OVERSEER ADMIN }
  enum ReviewDecision { APPROVE REJECT }
  enum ContentStatus { DRAFT IN_REVIEW REJECTED APPROVED SCHEDULED PUBLISHING PUBLISHED PARTIALLY_PUBLISHED CORRECTING RETRACTED }
  enum PublicationStatus { PENDING PUBLISHING PUBLISHED FAILED RETRACTING RETRACTED RETRACT_FAILED CANCELLED }
  enum Disclosure { PROACTIVE ON_REQUEST NOT_PUBLIC }
  enum FindingKind { CONFIDENTIALITY PII WORDING }
  enum Severity { BLOCK WARN INFO }
  enum Verdict { PASS WARN BLOCK }

  type Unit { id: ID! code: String! name: String! }

  type User {
    id: ID!
    username: String!
    displayName: String!
    role: Role!
    unit: Unit!
  }

  type AuthPayload { token: String! expiresAt: DateTime! user: User! }

  type Category {
    code: String!
    name: String!
    parentCode: String
    kind: String!
    "一审一核: categories that need two distinct approvals report 2."
    requiredApprovals: Int!
  }

  type Finding {
    "Stable index within its revision: what a reviewer names to keep a finding."
    id: Int!
    field: String!
    kind: FindingKind!
    type: String!
    start: Int!
    end: Int!
    text: String!
    severity: Severity!
    replacement: String
  }

  type Revision {
    revision: Int!
    title: String!
    body: String!
    summary: String!
    contentHash: String!
    verdict: Verdict
    findings: [Finding!]!
    createdAt: DateTime!
  }

  type Review {
    id: ID!
    revision: Int!
    reviewer: String!
    decision: ReviewDecision!
    comment: String
    keptFindings: [KeptFinding!]!
    createdAt: DateTime!
  }

  type KeptFinding { findingId: Int! reason: String! }

  type ChannelAccount {
    id: ID!
    channel: ChannelKind!
    name: String!
    unitCode: String!
    status: String!
    createdAt: DateTime!
  }

  type Publication {
    id: ID!
    channel: ChannelKind!
    account: ChannelAccount
    revision: Int!
    status: PublicationStatus!
    url: String
    externalId: String
    attempts: Int!
    lastError: String
    "Set while removing the platform copy failed (it is retried, or needs a person)."
    retractError: String
    notBefore: DateTime!
    publishedAt: DateTime
  }

  type Content {
    id: ID!
    title: String!
    body: String!
    summary: String!
    status: ContentStatus!
    revision: Int!
    approvedRevision: Int
    category: Category!
    unit: Unit!
    author: String!
    channels: [ChannelKind!]!
    disclosure: Disclosure!
    disclosureReason: String
    serviceChange: Boolean!
    verdict: Verdict
    findings: [Finding!]!
    revisions: [Revision!]!
    reviews: [Review!]!
    publications: [Publication!]!
    scheduledAt: DateTime
    publishedAt: DateTime
    retractedAt: DateTime
    retractReason: String
    createdAt: DateTime!
    updatedAt: DateTime!
  }

  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type ContentEdge { cursor: String! node: Content! }
  type ContentConnection { edges: [ContentEdge!]! pageInfo: PageInfo! }

  type AuditEvent {
    seq: Int!
    at: DateTime!
    actor: String!
    action: String!
    targetType: String
    targetId: String
    revision: Int
    unitCode: String
    details: JSON!
    "Null while the event awaits the chainer (a fraction of a second)."
    hash: String
    prevHash: String
  }
  type AuditEventEdge { cursor: String! node: AuditEvent! }
  type AuditEventConnection { edges: [AuditEventEdge!]! pageInfo: PageInfo! }

  type AuditVerification { ok: Boolean! length: Int! headHash: String! firstBrokenSeq: Int "Events appended but not sealed by the chainer yet." pending: Int }

  type Query {
    me: User
    content(id: ID!): Content
    contents(status: ContentStatus, first: Int, after: String): ContentConnection!
    reviewQueue(first: Int, after: String): ContentConnection!
    categories: [Category!]!
    channelAccounts: [ChannelAccount!]!
    auditEvents(targetId: ID, actor: String, first: Int, after: String): AuditEventConnection!
    verifyAuditChain: AuditVerification!
  }

  input ContentInput {
    title: String!
    "HTML; sanitized with a strict allowlist before anything is published."
    body: String!
    summary: String
    categoryCode: String!
    channels: [ChannelKind!]
    disclosure: Disclosure
    disclosureReason: String
    "办事条件变更: the inspection expects it published within one working day of approval."
    serviceChange: Boolean
  }

  input KeepFindingInput { findingId: Int! reason: String! }

  input ChannelAccountInput { channel: ChannelKind!, name: String!, unitCode: String, credentials: JSON! }

  input CategoryInput { code: String!, name: String!, parentCode: String, kind: String, requiredApprovals: Int, active: Boolean }

  type Mutation {
    login(username: String!, password: String!): AuthPayload!
    logout: Boolean!
    createContent(input: ContentInput!): Content!
    updateContent(id: ID!, input: ContentInput!): Content!
    submitContent(id: ID!): Content!
    reviewContent(id: ID!, decision: ReviewDecision!, comment: String, keep: [KeepFindingInput!]): Content!
    "options: per-release choices (WeChat 发布 or 群发); see the channels module."
    publishContent(id: ID!, at: DateTime, options: ReleaseOptions): Content!
    cancelSchedule(id: ID!): Content!
    retractContent(id: ID!, reason: String!): Content!
    "Sends a FAILED publication again, e.g. after its account was re-authorised."
    retryPublication(id: ID!): Publication!
    createChannelAccount(input: ChannelAccountInput!): ChannelAccount!
    upsertCategory(input: CategoryInput!): Category!
  }
`;
