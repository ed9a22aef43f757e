// Worker threads on Node 20 do not inherit tsx's loader: load the TypeScript worker through it.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
