export * from './organisation';
export * from './role';
export * from './case';
export * from './meeting';
export * from './data-category';
export * from './consent';
export * from './retention';
export * from './attendance/index';
