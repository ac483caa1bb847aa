/** The wire stage: one capture -> CaptureRecord + diagnostics. */
export { parseCapture, parseCaptureInDetail, type ParseCaptureOptions, type ParsedCaptureDetail } from "./parse-capture.js";
export { decodeCapture } from "./decode.js";
export { DIAGNOSTIC_CODES, fileDiagnostic, formatDiagnostic, printable, type DiagnosticCode, type FileDiagnostic } from "./diagnostics.js";
export type * from "./types.js";
