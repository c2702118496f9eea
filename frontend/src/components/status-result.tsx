import { Result, type ResultProps } from 'antd';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Status = '403' | '404' | '500';

/**
 * antd's Result with its illustration named in the UI's language: antd titles the 403, 404 and 500 drawings
 * "Unauthorized", "No Found" and "Server Error" in English whatever the locale (a browser shows the title on hover
 * and a screen reader reads it as the drawing's name), so the title is rewritten once drawn. React leaves it alone
 * afterwards, as antd's own never changes.
 */
export function StatusResult({ status, ...props }: Omit<ResultProps, 'status'> & { status: Status }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const name = t(`common.statusImage.${status}`);
  useLayoutEffect(() => {
    const title = box.current?.querySelector('.ant-result-image svg > title');
    if (title) title.textContent = name;
  }, [name]);
  return (
    <div ref={box} className="status-result">
      <Result status={status} {...props} />
    </div>
  );
}
