// Whole origins: a browser's Origin must equal the allowed list's entry, or the page's own origin — scheme, host and
// port — with X-Forwarded-Proto/-Host believed only from a proxy TRUST_PROXY names (a page behind a TLS proxy).
import type http from "node:http";
import { describe, expect, it } from "vitest";
import { originAllowed, ownOrigin, trustFunction, visitorAddress } from "../../../server/http/requestOrigin";

const request = (headers: Record<string, string>, remoteAddress = "10.0.0.9", encrypted = false) =>
  ({ headers, socket: { remoteAddress, encrypted } }) as unknown as http.IncomingMessage;
const none = trustFunction(false);

describe("the page's own origin", () => {
  it("is the request's scheme and Host; a TLS socket is https", () => {
    expect(ownOrigin(request({ host: "museum.example:8080" }), none)).toBe("http://museum.example:8080");
    expect(ownOrigin(request({ host: "museum.example" }, "10.0.0.9", true), none)).toBe("https://museum.example");
  });
  it("behind a trusted TLS proxy, X-Forwarded-Proto and -Host say it; from anyone else they are ignored", () => {
    const behind = request(
      { host: "10.0.0.5:2567", "x-forwarded-proto": "https", "x-forwarded-host": "museum.example" },
      "10.0.0.1",
    );
    expect(ownOrigin(behind, trustFunction(["10.0.0.1"]))).toBe("https://museum.example");
    expect(ownOrigin(behind, trustFunction(["10.0.0.2"]))).toBe("http://10.0.0.5:2567");
    expect(ownOrigin(behind, none)).toBe("http://10.0.0.5:2567");
  });
});

describe("originAllowed", () => {
  const req = request({ host: "museum.example:8080" });
  it("compares scheme, host and port", () => {
    expect(originAllowed("http://museum.example:8080", req, [], none)).toBe(true);
    expect(originAllowed("https://museum.example:8080", req, [], none)).toBe(false);
    expect(originAllowed("http://museum.example", req, [], none)).toBe(false);
    expect(originAllowed("http://museum.example:8080/path", req, [], none)).toBe(false);
    expect(originAllowed("null", req, [], none)).toBe(false);
  });
  it("with ALLOWED_ORIGINS, exactly those", () => {
    expect(originAllowed("https://museum.example", req, ["https://museum.example"], none)).toBe(true);
    expect(originAllowed("http://museum.example:8080", req, ["https://museum.example"], none)).toBe(false);
  });
});

describe("the visitor's address", () => {
  it("believes X-Forwarded-For only from a trusted proxy, and counts IPv6 per /64", () => {
    const viaProxy = request({ "x-forwarded-for": "203.0.113.7" }, "10.0.0.1");
    expect(visitorAddress(viaProxy, trustFunction(["10.0.0.1"]))).toBe("203.0.113.7");
    expect(visitorAddress(viaProxy, none)).toBe("10.0.0.1");
    expect(visitorAddress(request({}, "2001:db8:1:2:3:4:5:6"), none)).toBe("2001:db8:1:2::/64");
  });
});
