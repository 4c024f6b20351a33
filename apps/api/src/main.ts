import { ConfigError, loadConfig } from './core/config/config';
import { startServer } from './core/bootstrap';
import { DatabaseUnreachableError } from './core/database/data-source';
import { DataDirInUseError } from './core/database/data-dir-lock';

/** Starts Aanwezig. A wrong setting or an unreachable database ends the process with one clear line. */
async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config);
  const shutdown = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseUnreachableError || error instanceof DataDirInUseError) {
    console.error(`Aanwezig cannot start. ${error.message}`);
  } else {
    console.error('Aanwezig cannot start:', error);
  }
  process.exit(1);
});
