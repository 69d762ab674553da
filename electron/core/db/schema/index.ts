export * from './workspace';
export * from './people';
export * from './context';
