export * from './workspace';
export * from './people';
export * from './context';
export * from './attachments';
export * from './policies';
export * from './roles';
export * from './leadership';
