import type { TFunction } from 'i18next';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const ADOPTED_SCENARIO = /^adopt-scenario-(\d+)$/;
const SIGN_IN_FROM = /^sign-in from (.+)$/;

/** What an audit entry did, in the UI's language ("adopt-scenario-12" names the scenario); an unknown one as written. */
export function auditAction(action: string, t: TFunction): string {
  const tr = t as unknown as Translate;
  const adopted = ADOPTED_SCENARIO.exec(action);
  if (adopted) return tr('admin.audit.actions.adoptScenario', { id: adopted[1] });
  return tr(`admin.audit.actions.${action}`, { defaultValue: action });
}

/**
 * Who made an audit entry: a user by their username, or one of the application's own actors in
 * the UI's language (start-up data, the demo's loader, the lapse job, the office directory, a throttled
 * sign-in's address).
 */
export function auditActor(actor: string | null | undefined, t: TFunction): string {
  const tr = t as unknown as Translate;
  if (!actor || actor === 'system') return tr('admin.audit.system');
  if (actor === 'demo') return tr('admin.audit.actors.demo');
  if (actor === 'lapse job') return tr('admin.audit.actors.lapseJob');
  if (actor === 'office directory') return tr('admin.audit.actors.officeDirectory');
  const signIn = SIGN_IN_FROM.exec(actor);
  return signIn ? tr('admin.audit.actors.signInFrom', { address: signIn[1] }) : actor;
}
