import express, { type ErrorRequestHandler, type Express } from 'express';

/** Large enough for an absence file of 100,000 rows; larger ones should be split, and are told so. */
export const MAX_BODY = '20mb';

/** JSON bodies up to MAX_BODY; a larger or unreadable body gets a GraphQL-shaped error, not an HTML page. */
export function jsonBody(app: Express): void {
  app.use(express.json({ limit: MAX_BODY }));
  const tooLarge: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
    if (error.type === 'entity.too.large') {
      res.status(413).json({
        errors: [{ message: `Het bestand is te groot (maximaal ${MAX_BODY.replace('mb', ' MB')}). Splits het, bijvoorbeeld per maand.`, extensions: { code: 'BAD_USER_INPUT', field: 'csv' } }],
      });
      return;
    }
    if (error.type === 'entity.parse.failed') {
      res.status(400).json({ errors: [{ message: 'De aanvraag is geen geldige JSON.', extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }
    next(error);
  };
  app.use(tooLarge);
}
