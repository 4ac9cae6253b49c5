import { JalaError } from '../errors.js';

/**
 * Who may do what on a node. Every HTTP route declares one of these permissions (or `public`); a role is
 * the set of permissions it grants. Record-level rules (TLP, ownership) come on top, in visibility.ts.
 */
export const ROLES = [
  'admin',
  'analyst',
  'investigator',
  'liaison',
  'sector_officer',
  'consular_officer',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Anyone signed in: their own session, password, second factor and API tokens. */
  'self',
  'reports:submit',
  'reports:read',
  /** Reporters' and victims' personal data; every such read is audited. */
  'reporters:read',
  'indicators:read',
  'clusters:read',
  'hits:read',
  /** Confirm or release values held back from linking. */
  'linking:review',
  /** Review appeals against listings owned by one's organisation (uphold or clear). */
  'appeals:review',
  'clusters:rebuild',
  'organisations:read',
  'organisations:manage',
  'users:manage',
  'audit:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERYONE: readonly Permission[] = ['self', 'reports:read', 'indicators:read', 'organisations:read'];

/**
 * Need to know: sector officers (banks, telcos, platforms) report what they see and receive the hits on
 * it, but do not browse syndicates; consular officers read reports (victims abroad) without the graph;
 * personal data goes only to the roles that contact reporters (analysts, investigators). Admins run the
 * node (people, organisations, the audit log, rebuilds) and do not read intelligence they have no case for.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [...EVERYONE, 'users:manage', 'organisations:manage', 'audit:read', 'clusters:rebuild'],
  analyst: [
    ...EVERYONE,
    'reports:submit',
    'reporters:read',
    'clusters:read',
    'hits:read',
    'linking:review',
    'appeals:review',
  ],
  investigator: [...EVERYONE, 'reports:submit', 'reporters:read', 'clusters:read', 'hits:read'],
  liaison: [...EVERYONE, 'clusters:read', 'hits:read'],
  sector_officer: [...EVERYONE, 'reports:submit', 'hits:read'],
  consular_officer: [...EVERYONE],
  viewer: [...EVERYONE, 'clusters:read', 'hits:read'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Services check again what routes already checked: the command line and other services call them too. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (actor.kind === 'cli' || actor.kind === 'system') return;
  if (!can(actor.role, permission))
    throw new JalaError('forbidden', `the ${actor.role} role does not have the ${permission} permission`);
}

/** Who is acting: a signed-in person, a machine token, the operator's command line, or the node itself. */
export interface Actor {
  kind: 'user' | 'token' | 'cli' | 'system';
  /** The user account acting (a token acts for the user it was issued to); absent for cli/system. */
  userId: string | undefined;
  orgId: string;
  role: Role;
  /** How the audit log names the actor: an email, `token <name> of <email>`, `cli:<os user>`. */
  label: string;
  /** The address the request came from, for the audit log. */
  ip: string | undefined;
}

/** The operator at the node's command line: acts for the node organisation and may do anything. */
export function operatorActor(orgId: string, label: string): Actor {
  return { kind: 'cli', userId: undefined, orgId, role: 'admin', label: `cli:${label}`, ip: undefined };
}

/** The node acting on its own (scheduled work, demo data, imports started without a person behind them). */
export function systemActor(orgId: string): Actor {
  return { kind: 'system', userId: undefined, orgId, role: 'admin', label: 'system', ip: undefined };
}
