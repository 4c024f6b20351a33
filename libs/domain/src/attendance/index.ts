export * from './dates';
export * from './calendar';
export * from './absence';
export * from './attendance';
export * from './protocol';
