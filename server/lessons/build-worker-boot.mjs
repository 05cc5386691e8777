// Worker threads do not inherit tsx's loader for their entry file, so this plain module registers it first.
import { register } from 'tsx/esm/api';

register();
await import('./build-worker.ts');
