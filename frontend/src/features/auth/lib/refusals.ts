import type { TFunction } from 'i18next';
import type { en } from '@/lib/i18n/en';

/** Why a sign-in was refused although the directory or the password said yes, as the backend names it. */
export type Refusal = keyof typeof en.signIn.refused;

const REFUSALS: readonly Refusal[] = [
  'no-role',
  'name-taken',
  'unusable-name',
  'local-closed',
  'unreachable',
  'disabled',
  'failed',
];

export function isRefusal(code: unknown): code is Refusal {
  return typeof code === 'string' && (REFUSALS as readonly string[]).includes(code);
}

/** The refusal in the reader's language. */
export function refusalMessage(refusal: Refusal, t: TFunction): string {
  return t(`signIn.refused.${refusal}`);
}
