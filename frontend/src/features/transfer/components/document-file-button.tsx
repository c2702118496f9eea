import { Button } from 'antd';
import { useRef } from 'react';
import { parseJson } from '@/lib/download';

/**
 * A button that lets the person choose a JSON file; hands over its parsed content, or undefined
 * when the file is not JSON.
 */
export function DocumentFileButton({
  label,
  loading,
  testId,
  onDocument,
}: {
  label: string;
  loading?: boolean;
  testId: string;
  onDocument: (document: unknown, fileName: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={label}
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // choosing the same file again is a new choice
          if (file) void file.text().then((text) => onDocument(parseJson(text), file.name));
        }}
      />
      <Button onClick={() => input.current?.click()} loading={loading}>
        {label}
      </Button>
    </>
  );
}
