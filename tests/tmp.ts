import { parseCapture } from "../src/wire/index.js";
try { console.log(JSON.stringify(parseCapture("!\n999999 jaar geleden", { source: "2025-11-22T1000-x.txt" }), null, 1).slice(0, 1500)); } catch (e) { console.log("THROW", e); }
