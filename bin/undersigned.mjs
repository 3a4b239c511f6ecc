#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the checkout needs no build step. The project's
// tsconfig is named explicitly so the CLI works from any working directory.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/cli/main.ts');
