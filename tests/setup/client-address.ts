import { randomInt } from "node:crypto";
import { Agent, type Dispatcher, setGlobalDispatcher } from "undici";

/**
 * Setup file of the HTTP projects: every request this test file sends with
 * fetch carries X-Forwarded-For with an address of its own (from 198.18.0.0/15,
 * the range set aside for tests), unless the request sets one. An app that
 * trusts its proxy, as the shared apps do, then counts each file's rate limits
 * apart, as if each file were a client on a machine of its own.
 */
const address = `198.${randomInt(18, 20)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
process.env.TEST_CLIENT_ADDRESS = address;

function withClientAddress(headers: Dispatcher.DispatchOptions["headers"]) {
  if (headers == null) return { "x-forwarded-for": address };
  if (Array.isArray(headers)) {
    const names = headers.filter((_, i) => i % 2 === 0).map((name) => String(name).toLowerCase());
    return names.includes("x-forwarded-for") ? headers : [...headers, "x-forwarded-for", address];
  }
  if (typeof headers === "object" && !(Symbol.iterator in headers)) {
    const names = Object.keys(headers).map((name) => name.toLowerCase());
    return names.includes("x-forwarded-for") ? headers : { ...headers, "x-forwarded-for": address };
  }
  return headers;
}

setGlobalDispatcher(
  new Agent().compose(
    (dispatch) => (options, handler) =>
      dispatch({ ...options, headers: withClientAddress(options.headers) }, handler),
  ),
);
