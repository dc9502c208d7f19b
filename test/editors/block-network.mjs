// Preloaded into the language server under test (node --import): every attempt to reach the
// network is written to $BLOCKED_NETWORK_LOG and fails, as it would on an air-gapped machine.
// Pipes and the server's own stdio are sockets without connect(), so they are untouched.
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import process from 'node:process';

const log = process.env.BLOCKED_NETWORK_LOG;
const record = (what) => {
  if (log) appendFileSync(log, `${what}\n`);
};
const refused = (what) => Object.assign(new Error(`network blocked by the test: ${what}`), { code: 'ECONNREFUSED' });

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function blockedConnect(...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : { port: args[0], host: args[1] };
  if (options.path) return connect.apply(this, args); // a local IPC socket, not the network
  const what = `connect ${options.host ?? 'localhost'}:${options.port}`;
  record(what);
  process.nextTick(() => this.destroy(refused(what)));
  return this;
};
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
  const original = dns[name];
  dns[name] = function blockedDns(host, ...rest) {
    record(`dns ${name} ${host}`);
    const callback = rest.find((a) => typeof a === 'function');
    if (!callback) return original.call(this, host, ...rest);
    process.nextTick(() => callback(Object.assign(new Error(`dns blocked: ${host}`), { code: 'ENOTFOUND' })));
  };
}
if (typeof globalThis.fetch === 'function') {
  globalThis.fetch = async (input) => {
    const what = `fetch ${typeof input === 'string' ? input : (input.url ?? String(input))}`;
    record(what);
    throw new TypeError(`fetch failed: ${what}`);
  };
}
syncBuiltinESMExports();
