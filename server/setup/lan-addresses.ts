import { networkInterfaces } from 'node:os';

/** This machine's IPv4 addresses on the local network: where students' devices can reach it. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}
