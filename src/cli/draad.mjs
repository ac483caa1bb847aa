#!/usr/bin/env node
// The `draad` command: loads the TypeScript CLI through tsx, so no compile step is needed.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
