import { ApiError } from '@/lib/api-client';
import type { ProblemDetail } from '@/types/api';

/** The file name a Content-Disposition header gives, if any. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) return decodeURIComponent(encoded[1].trim());
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim();
}

/**
 * Downloads a file of the API with the session cookie: fetch, then a link to the answer's blob.
 * A refusal rejects with the API's problem detail, as apiRequest does.
 */
export async function downloadFile(path: string, fallbackName: string, language: string): Promise<void> {
  const response = await fetch(path, {
    credentials: 'same-origin',
    headers: { 'Accept-Language': language },
  });
  if (!response.ok) {
    let problem: ProblemDetail = { status: response.status, title: response.statusText || undefined };
    if ((response.headers.get('Content-Type') ?? '').includes('json')) {
      try {
        problem = { ...problem, ...((await response.json()) as ProblemDetail) };
      } catch {
        // keep status and title
      }
    }
    throw new ApiError(response.status, problem);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the blob once the click is handled; free it afterwards.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file's text as JSON, or undefined when it is not JSON (the API would answer `$`: not JSON). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
