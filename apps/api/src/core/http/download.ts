import type { Response } from 'express';

/** Sends a generated file as a download that no cache keeps (it holds pupil data). */
export function sendDownload(res: Response, body: Buffer, contentType: string, fileName: string): void {
  res.setHeader('content-type', contentType);
  res.setHeader('content-disposition', `attachment; filename="${fileName}"`);
  res.setHeader('cache-control', 'no-store');
  res.end(body);
}
