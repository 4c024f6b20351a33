export * from './organisation';
export * from './role';
