// The configuration: defaults, the environment, a JSON config file under it, and a start that stops on each bad
// value with a message naming the variable (and the file it came from).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, configFileOf, loadConfig, SETTINGS } from "../../server/config";

const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "bund-config-"));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const failure = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error("expected the configuration to be refused");
};

describe("configuration from the environment", () => {
  it("has a default for every setting but the optional secret", () => {
    const c = loadConfig({}, root);
    expect(c).toMatchObject({
      port: 2567,
      host: "0.0.0.0",
      logLevel: "info",
      maxVisitors: 100,
      reconnectGraceSeconds: 20,
      allowedOrigins: [],
      guideTokenSecret: undefined,
      guideTokenTtlSeconds: 180 * 60,
      loginAttemptsPerMinute: 10,
      tourHeadroom: 20,
      trustProxy: false,
      configFile: undefined,
    });
    expect(c.dataDir).toBe(path.join(root, "data"));
    expect(c.clientDir).toBe(path.join(root, "dist/client"));
  });
  it("reads each kind of value", () => {
    const c = loadConfig(
      {
        PORT: "8080",
        LOG_LEVEL: "warn",
        ALLOWED_ORIGINS: "https://museum.example, https://bund.example/",
        TRUST_PROXY: "1",
      },
      root,
    );
    expect(c.port).toBe(8080);
    expect(c.logLevel).toBe("warn");
    expect(c.allowedOrigins).toEqual(["https://museum.example", "https://bund.example"]);
    expect(c.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }, root).trustProxy).toEqual(["loopback", "10.0.0.0/8"]);
    expect(loadConfig({ TRUST_PROXY: "true" }, root).trustProxy).toBe(true);
  });
  // One bad value per setting that can be wrong: the message names that variable and no other.
  it.each([
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["HOST", ""],
    ["DATA_DIR", ""],
    ["SCENES_DIR", ""],
    ["ASSETS_DIR", ""],
    ["CLIENT_DIR", ""],
    ["LOG_LEVEL", "loud"],
    ["MAX_VISITORS", "0"],
    ["MAX_VISITORS", "many"],
    ["RECONNECT_GRACE_SECONDS", "-1"],
    ["ALLOWED_ORIGINS", "museum.example"],
    ["GUIDE_TOKEN_SECRET", "short"],
    ["GUIDE_TOKEN_TTL_MINUTES", "0"],
    ["LOGIN_ATTEMPTS_PER_MINUTE", "1.5"],
    ["TOUR_HEADROOM", "-3"],
    ["TRUST_PROXY", "the usual one"],
    ["METRICS_TOKEN", "secret"],
  ])("refuses %s=%j, naming it", (name, value) => {
    const message = failure(() => loadConfig({ [name]: value }, root));
    expect(message).toMatch(new RegExp(`^  ${name}(\\.\\d+)?: `, "m"));
    const named = SETTINGS.filter((s) => new RegExp(`^  ${s}\\b`, "m").test(message));
    expect(named).toEqual([name]);
  });
  it("names every bad variable at once, and never echoes a secret", () => {
    const message = failure(() => loadConfig({ PORT: "x", LOG_LEVEL: "y", GUIDE_TOKEN_SECRET: "hunter2" }, root));
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/LOG_LEVEL/);
    expect(message).toMatch(/GUIDE_TOKEN_SECRET: .*\(got 7 characters\)/);
    expect(message).not.toMatch(/hunter2/);
  });
  it("masks the password in a bad URL it names", () => {
    const message = failure(() => loadConfig({ REDIS_URL: "http://museum:hunter2@redis.internal:6379" }, root));
    expect(message).toMatch(/^ {2}REDIS_URL: /m);
    expect(message).not.toMatch(/hunter2|museum:/);
  });
});

describe("configuration from a file", () => {
  it("reads a JSON file named by --config, with numbers and lists as JSON", () => {
    const p = file(
      "museum.json",
      JSON.stringify({ PORT: 8081, MAX_VISITORS: 40, ALLOWED_ORIGINS: ["https://museum.example"], LOG_LEVEL: "debug" }),
    );
    const c = loadConfig({}, root, ["--config", p]);
    expect(c).toMatchObject({
      port: 8081,
      maxVisitors: 40,
      allowedOrigins: ["https://museum.example"],
      logLevel: "debug",
      configFile: p,
    });
    expect(loadConfig({}, root, [`--config=${p}`]).port).toBe(8081);
  });
  it("reads the file named by CONFIG_FILE; --config wins over it", () => {
    const a = file("a.json", JSON.stringify({ PORT: 3001 }));
    const b = file("b.json", JSON.stringify({ PORT: 3002 }));
    expect(loadConfig({ CONFIG_FILE: a }, root).port).toBe(3001);
    expect(loadConfig({ CONFIG_FILE: a }, root, ["--dev", "--config", b]).port).toBe(3002);
    expect(configFileOf({}, ["--dev"])).toBeUndefined();
  });
  it("the environment overrides the file, setting by setting", () => {
    const p = file("both.json", JSON.stringify({ PORT: 3003, HOST: "127.0.0.1" }));
    const c = loadConfig({ CONFIG_FILE: p, PORT: "3004" }, root);
    expect(c.port).toBe(3004);
    expect(c.host).toBe("127.0.0.1");
    // A good environment value covers a bad one in the file.
    const bad = file("bad-port.json", JSON.stringify({ PORT: "eighty" }));
    expect(loadConfig({ CONFIG_FILE: bad, PORT: "3005" }, root).port).toBe(3005);
  });
  it("a bad value in the file names the variable and the file; one from the environment names only the variable", () => {
    const p = file("bad.json", JSON.stringify({ MAX_VISITORS: 0, PORT: 3006 }));
    expect(failure(() => loadConfig({ CONFIG_FILE: p }, root))).toMatch(
      new RegExp(`MAX_VISITORS \\(in ${p.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\): `),
    );
    const fromEnv = failure(() => loadConfig({ CONFIG_FILE: p, MAX_VISITORS: "none" }, root));
    expect(fromEnv).toMatch(/^ {2}MAX_VISITORS: /m);
    expect(fromEnv).not.toMatch(/bad\.json/);
  });
  it.each([
    ["missing.json", null, /config file .*missing\.json does not exist/],
    ["broken.json", "{ PORT: 1 ", /config file .*broken\.json is not valid JSON/],
    ["list.json", "[1, 2]", /config file .*list\.json must hold one JSON object/],
    ["typo.json", JSON.stringify({ PROT: 1 }), /PROT \(in .*typo\.json\): not a setting; the settings are PORT, HOST/],
    [
      "nested.json",
      JSON.stringify({ PORT: { value: 1 } }),
      /PORT \(in .*nested\.json\): must be a string, a number or a boolean/,
    ],
  ])("refuses the file %s, naming it", (name, text, re) => {
    const p = text === null ? path.join(dir, name) : file(name, text);
    expect(failure(() => loadConfig({}, root, ["--config", p]))).toMatch(re);
  });
  it("--config without a file name is refused", () => {
    expect(failure(() => loadConfig({}, root, ["--config"]))).toMatch(/--config needs a file name/);
    expect(failure(() => loadConfig({}, root, ["--config", "--dev"]))).toMatch(/--config needs a file name/);
  });
});
