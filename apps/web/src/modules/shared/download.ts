import { readToken } from '../auth/hooks/session';

/**
 * Downloads a file from the API with the session's bearer token (a plain link cannot carry it):
 * fetch, then hand the browser a blob under the server's file name. Throws the server's own message.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const token = readToken();
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
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
