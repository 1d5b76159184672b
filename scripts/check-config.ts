/**
 * Imported first by the command-line entries: the build's settings (src/core/config.ts) are read once, and
 * wrong ones stop the program with the message naming each variable and its fix, not a stack trace.
 */
import { ConfigError, config } from '../src/core/config.ts';

try {
  config();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
