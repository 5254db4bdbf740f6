import type { Reporter } from 'vitest/node';
import { PROPERTY_LOG } from './checkProperty';

/**
 * Prints, at the end of a run, how many property cases ran in total (the
 * `[property] name: N cases` lines `checkProperty` logs), so that the size
 * of the property suite is visible in every CI log.
 */
export default class PropertyCountReporter implements Reporter {
  private cases = 0;
  private properties = 0;
  private failed = 0;

  onTestRunStart(): void {
    this.cases = 0;
    this.properties = 0;
    this.failed = 0;
  }

  onUserConsoleLog(log: { content: string }): void {
    for (const line of log.content.split('\n')) {
      const match = PROPERTY_LOG.exec(line.trim());
      if (!match) continue;
      this.properties += 1;
      this.cases += Number(match[2]);
      if (match[3]) this.failed += 1;
    }
  }

  onTestRunEnd(): void {
    if (this.properties === 0) return;
    const verdict = this.failed === 0 ? 'all held' : `${this.failed} FAILED`;
    console.log(`\n[property] total: ${this.cases.toLocaleString('en')} cases in ${this.properties} properties, ${verdict}`);
  }
}
