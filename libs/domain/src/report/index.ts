export * from './suppression';
export * from './msa-report';
