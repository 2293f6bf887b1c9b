#!/usr/bin/env node
// Runs the plugin without installing it into the sf CLI: `./bin/run.js idverify send …` (needs Node >= 22 and a build).
import { execute } from '@oclif/core';

await execute({ dir: import.meta.url });
