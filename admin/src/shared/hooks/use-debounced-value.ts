import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `delayMs`: a search asks the API once per pause, not per keystroke. */
export function useDebouncedValue<Value>(value: Value, delayMs = 300): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
