import { useEffect, useState } from 'react';
import { formatBeijing } from '@/lib/datetime';
import { currentLanguage } from '@/lib/i18n';

/** The current time in Beijing, to the minute, kept current. */
export function BeijingTime() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  return <time dateTime={now.toISOString()}>{formatBeijing(now, currentLanguage())}</time>;
}
