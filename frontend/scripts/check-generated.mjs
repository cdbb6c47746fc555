// After `npm run codegen && npm run build`: fails when the generated GraphQL types or
// the built app differ from what is committed (STYLE.md: regeneration must not change a
// tracked file). The Go binary embeds dist/, so a stale dist ships a stale app.
import { execFileSync } from 'node:child_process';

const status = execFileSync('git', ['status', '--porcelain', '--', 'src/gql', 'dist'], { encoding: 'utf8' });
if (status.trim() !== '') {
  console.error(`src/gql or dist differs from the commit; commit the regenerated files:\n${status}`);
  process.exit(1);
}
console.log('src/gql and dist match the commit');
