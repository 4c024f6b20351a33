import express, { type ErrorRequestHandler, type Express } from 'express';
import { clientError } from '../errors/app-error';

/**
 * The largest legitimate request is an absence import (importAbsences): a school year's export of
 * MAX_IMPORT_ROWS rows in one request (docs/architecture.md). Its rows are 35-80 bytes in the exports
 * of the registration systems we map (test/fixtures/absences/ok); MAX_ROW_BYTES leaves room for long
 * pupil numbers, CRLF line ends and the JSON escaping of the file. The rest of the request is small.
 */
export const MAX_IMPORT_ROWS = 100_000;
export const MAX_ROW_BYTES = 100;
/** Request bodies up to 10 MB: that import and no more (test/query-limits.spec.ts). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
const MAX_BODY_LABEL = `${MAX_BODY_BYTES / (1024 * 1024)} MB`;

/** JSON bodies up to MAX_BODY_BYTES; a larger or unreadable body gets a GraphQL-shaped error, not an HTML page. */
export function jsonBody(app: Express): void {
  app.use(express.json({ limit: MAX_BODY_BYTES }));
  const tooLarge: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
    if (error.type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          clientError('BAD_USER_INPUT', {
            reason: 'request.tooLarge',
            params: { maxBody: MAX_BODY_LABEL, rows: MAX_IMPORT_ROWS },
            field: 'csv',
          }),
        ],
      });
      return;
    }
    if (error.type === 'entity.parse.failed') {
      res.status(400).json({ errors: [clientError('BAD_USER_INPUT', { reason: 'request.invalidJson' })] });
      return;
    }
    next(error);
  };
  app.use(tooLarge);
}
