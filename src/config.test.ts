import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './config';

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless told', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('FALSE')).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
  });

  it('takes addresses, CIDR ranges and the named ranges Fastify knows', () => {
    expect(parseTrustProxy(' 127.0.0.1, 10.0.0.0/8 ,::1,loopback')).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'loopback',
    ]);
  });

  it('refuses what Fastify would not understand, or would ignore, saying how to write it', () => {
    expect(() => parseTrustProxy('proxy.example')).toThrow(
      /TRUST_PROXY=proxy\.example: invalid IP address.*e\.g\. 127\.0\.0\.1/,
    );
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/invalid range/);
    expect(() => parseTrustProxy('1')).toThrow(/hop count .* name the proxy's address/);
  });
});
