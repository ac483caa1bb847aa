// Preloaded into a build (node --import) to prove it makes no network access: every way out
// (sockets, DNS, http/https, fetch) records the attempt in $DRAAD_NETWORK_LOG and fails.
import { appendFileSync } from "node:fs";
import net from "node:net";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";

const log = process.env.DRAAD_NETWORK_LOG;
const refuse = (what) =>
  function () {
    if (log) appendFileSync(log, `${what}\n`);
    throw new Error(`network access during a build: ${what}`);
  };
/** A local IPC pipe (a path, as tsx uses to talk to its own process) is no network access. */
const isLocalPipe = (arg) => {
  // net.connect hands Socket#connect its arguments already normalised, as an array.
  const first = Array.isArray(arg) ? arg[0] : arg;
  return typeof first === "string" ? !/^\d+$/.test(first) : Boolean(first && typeof first === "object" && "path" in first && first.path);
};
const guard = (original, what) =>
  function (...args) {
    if (isLocalPipe(args[0])) return original.apply(this, args);
    return refuse(what).apply(this, args);
  };
net.Socket.prototype.connect = guard(net.Socket.prototype.connect, "net.Socket.connect");
net.connect = net.createConnection = guard(net.connect, "net.connect");
dns.lookup = refuse("dns.lookup");
dns.promises.lookup = refuse("dns.promises.lookup");
http.request = http.get = refuse("http.request");
https.request = https.get = refuse("https.request");
globalThis.fetch = refuse("fetch");
