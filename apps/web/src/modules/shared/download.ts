import { serverText, type ServerError } from './error-message';

/**
 * Downloads a file from the API: a same-origin fetch (the browser sends the session cookie), then hand
 * the browser a blob under the server's file name, so a refusal can be said in the page instead of
 * replacing it. Throws what the server said, in the reader's language.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: ServerError & ServerError['extensions'];
    } | null;
    throw new Error(
      body?.error ? serverText({ message: body.error.message, extensions: body.error }) : `HTTP ${response.status}`,
    );
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  saveBlob(await response.blob(), name);
}

/** Hands the browser a file made in the page (e.g. an export that came over GraphQL). */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
