/**
 * Whether the server lets the signed-in user do `action` with this resource: plans, scenarios, engagements,
 * bookings and venues carry `allowedActions`, computed by the backend's policy of their module (docs/api.md,
 * "What the signed-in user may do"). The screens show, hide and disable actions from it and never
 * re-derive the role matrix; the backend still refuses whatever it does not allow.
 */
export function allows<Action extends string>(
  resource: { allowedActions: readonly Action[] } | null | undefined,
  action: NoInfer<Action>,
): boolean {
  return !!resource && resource.allowedActions.includes(action);
}
