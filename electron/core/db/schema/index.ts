export * from './workspace';
export * from './people';
export * from './context';
export * from './parties';
export * from './scope';
