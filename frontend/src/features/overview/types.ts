/** How many requests must be answered by one time (null: none set). */
export interface Deadline {
  answerBy?: string | null;
  requests: number;
}

export interface PlanToReplan {
  planId: number;
  planName: string;
  needsReplan: boolean;
  needsAttention: boolean;
  changedAt: string;
}

export interface LapsingRequests {
  planId: number;
  planName?: string | null;
  requests: number;
  soonestAnswerBy: string;
}

export interface OfficerWork {
  plansToReplan: PlanToReplan[];
  unmanagedRequests: number;
  unmanagedDeadlines: Deadline[];
  lapsingBefore: string;
  lapsing: LapsingRequests[];
}

export interface ManagerWork {
  requests: number;
  deadlines: Deadline[];
}

export interface ScenarioLine {
  planId: number;
  name: string;
  status: 'DRAFT' | 'PROPOSED' | 'ADOPTED';
  originPlanId?: number | null;
  originPlanName?: string | null;
  changedAt: string;
}

export interface PlannerWork {
  drafts: number;
  proposed: number;
  adopted: number;
  scenarios: ScenarioLine[];
}

export interface ThrottledAccount {
  username: string;
  displayName: string;
  failures: number;
  lastFailureAt: string;
  /** When the next sign-in may be tried; null: now. */
  nextAttemptAt?: string | null;
}

export interface AuditLine {
  id: number;
  occurredAt: string;
  actor: string;
  entity: string;
  entityId: string;
  action: string;
}

export interface AdminWork {
  throttledAccounts: ThrottledAccount[];
  disabledAccounts: number;
  recentAudit: AuditLine[];
}

/**
 * GET /api/overview: what needs the signed-in user now, one part per role they have (docs/api.md,
 * "The start page"); the parts of the roles they do not have are null.
 */
export interface Overview {
  now: string;
  officer?: OfficerWork | null;
  manager?: ManagerWork | null;
  planner?: PlannerWork | null;
  admin?: AdminWork | null;
}
