/**
 * A page entry's fingerprint for the page cache (src/cache/page-cache.ts): what its JSON says,
 * written so that each object is written out once per build. An object met again (a report's
 * summary is in dozens of lists and report pages, a sidebar in every page of its capture, a
 * story box in every page of its story) stands in by the digest of its own fingerprint. Two
 * entries get the same fingerprint exactly when their JSON is the same (up to a sha256
 * collision), in this build and the next, whichever objects they share.
 *
 * Hashing every entry's JSON took 1.9 s of a `draad serve` rebuild at 10,000 captures (node
 * --cpu-prof): 10,000 entries of about 12 KB, mostly the same summaries over and over.
 *
 * An object's fingerprint is kept for the build, so entries must not change once planned (the
 * page families make them whole and never touch them again; the templates only read them).
 */
import { createHash } from "node:crypto";

/** Objects whose fingerprint is longer than this stand in by their digest. */
const DIGEST_FROM_CHARS = 64;

export class EntryFingerprints {
  private readonly memo = new WeakMap<object, string>();

  /** The fingerprint of a JSON value as JSON.stringify sees it (toJSON, undefined and functions left out). */
  of(value: unknown): string {
    return this.write(value) ?? "";
  }

  private write(value: unknown): string | undefined {
    if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") value = (value as { toJSON(): unknown }).toJSON();
    switch (typeof value) {
      case "string":
        return JSON.stringify(value);
      case "number":
        return Number.isFinite(value) ? String(value) : "null";
      case "boolean":
        return value ? "true" : "false";
      case "object":
        break;
      default:
        // undefined, functions and symbols: no JSON (bigint: JSON.stringify throws, so does this).
        if (typeof value === "bigint") throw new TypeError("a bigint has no JSON form");
        return undefined;
    }
    if (value === null) return "null";
    const known = this.memo.get(value);
    if (known !== undefined) return known;
    let text: string;
    if (Array.isArray(value)) {
      text = `[${value.map((element) => this.write(element) ?? "null").join(",")}]`;
    } else {
      const parts: string[] = [];
      for (const key of Object.keys(value)) {
        const written = this.write((value as Record<string, unknown>)[key]);
        if (written !== undefined) parts.push(`${JSON.stringify(key)}:${written}`);
      }
      text = `{${parts.join(",")}}`;
    }
    // `#` never begins JSON, so a digest cannot stand for a value written out.
    const fingerprint = text.length > DIGEST_FROM_CHARS ? `#${createHash("sha256").update(text).digest("base64")}` : text;
    this.memo.set(value, fingerprint);
    return fingerprint;
  }
}
