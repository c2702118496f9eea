import { type RefObject, useLayoutEffect, useRef } from 'react';

/**
 * A ref that holds the latest value, for callbacks a library keeps calling (a timeline's drop, a
 * map's click, an event stream's end) while the component renders with new props. Written after
 * each render, never during one: reading it is for effects and event handlers.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
