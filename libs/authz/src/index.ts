export * from './actor';
export * from './ability';
export * from './capabilities';
export * from './visibility';
export * from './consent-recording';
export * from './action-rules';
export * from './field-categories';
export * from './matrix-doc';
