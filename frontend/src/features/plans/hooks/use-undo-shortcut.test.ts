import { describe, expect, it } from 'vitest';
import { isUndoKey, typingIn } from './use-undo-shortcut';

const key = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('the board’s undo key', () => {
  it('is Ctrl+Z, or ⌘Z on a Mac, with Caps Lock on too', () => {
    expect(isUndoKey(key('z', { ctrlKey: true }))).toBe(true);
    expect(isUndoKey(key('z', { metaKey: true }))).toBe(true);
    expect(isUndoKey(key('Z', { ctrlKey: true }))).toBe(true);
  });

  it('is not a plain Z, nor Ctrl+Shift+Z (redo elsewhere), nor Ctrl+Alt+Z', () => {
    expect(isUndoKey(key('z'))).toBe(false);
    expect(isUndoKey(key('z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isUndoKey(key('z', { ctrlKey: true, altKey: true }))).toBe(false);
  });

  it('is left to a field being typed in, whose own undo it is', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const item = document.createElement('span');
    expect(typingIn(input)).toBe(true);
    expect(typingIn(textarea)).toBe(true);
    expect(typingIn(item)).toBe(false);
    expect(typingIn(null)).toBe(false);
  });
});
