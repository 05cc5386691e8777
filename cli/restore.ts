import { resolve } from 'node:path';
import { loadConfig } from '../server/config.ts';
import { restoreBackup } from '../server/store/restore.ts';

const USAGE = `Usage: npm run restore -- <backup file>

Puts a backup (byline.backup-<time>.json, kept beside the data file) in place of the data file
named by BYLINE_DATA (default data/byline.json). Stop Byline first. The replaced file and its
journal are renamed aside (…replaced-<time>), never deleted.`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    console.error(
      `restore: give exactly one backup file (npm run restore -- <backup>), got ${args.length}`,
    );
    process.exitCode = 2;
    return;
  }
  const backup = resolve(args[0]!);
  const { dataFile } = loadConfig();
  const done = await restoreBackup(backup, dataFile);
  const aside = done.keptAside.length
    ? `; kept the replaced files as ${done.keptAside.join(', ')}`
    : '';
  console.log(`restore: ${dataFile} now holds ${backup} (${done.answers} answers)${aside}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message.split('\n')[0] : String(err));
  process.exitCode = 1;
});
