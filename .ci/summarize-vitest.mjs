// Sums the vitest JSON reports that `npm test` leaves in each workspace into one line that CI
// reads: "N passed, N failed". A workspace that should have run tests but left no report counts
// as a failure, so a run that executed nothing cannot look green.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const group of ['packages', 'apps', 'tests']) {
  for (const name of readdirSync(group)) {
    const dir = join(group, name);
    if (!existsSync(join(dir, 'package.json'))) continue;
    const report = join(dir, '.vitest-report.json');
    if (!existsSync(report)) {
      console.error(`ci: no vitest report in ${dir}`);
      failed += 1;
      continue;
    }
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    skipped += json.numPendingTests + json.numTodoTests;
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
