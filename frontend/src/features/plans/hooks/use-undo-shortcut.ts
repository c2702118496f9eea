import { useEffect } from 'react';
import { useUndoOffer } from '@/components/undo-offer';

/** Whether a key press is meant for a field being typed in, whose own undo Ctrl+Z is. */
export function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl+Z (⌘Z on a Mac), without Shift or Alt. */
export function isUndoKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return event.key.toLowerCase() === 'z' && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey;
}

/**
 * Ctrl+Z on the board takes back the person's last move or pin of this plan, as the Undo of its toast would;
 * the server refuses it once the plan changed since. Off where the person may not edit the plan.
 */
export function useUndoShortcut(planId: number, enabled: boolean) {
  const { undoLast } = useUndoOffer();
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!isUndoKey(event) || typingIn(event.target)) return;
      event.preventDefault();
      void undoLast({ kind: 'plan', planId }, ['MOVE', 'PIN']);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [planId, enabled, undoLast]);
}
