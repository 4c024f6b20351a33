export * from './actor';
export * from './ability';
