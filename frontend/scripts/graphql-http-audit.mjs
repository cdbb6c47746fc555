// Runs graphql-http's server audit (GraphQL over HTTP conformance) against the URL given as the
// only argument and exits non-zero when a MUST is broken or a SHOULD is missed. MAYs the server
// declines on purpose (queries over GET) are listed as notices. Called by the Go test
// TestGraphQLOverHTTPAudit, which starts the real server.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node graphql-http-audit.mjs URL');
  process.exit(2);
}
const results = await Promise.all(serverAudits({ url }).map((audit) => audit.fn()));
let failing = 0;
for (const r of results) {
  if (r.status === 'ok') continue;
  if (r.status !== 'notice') failing++;
  console.log(`${r.status} ${r.id} ${r.name}: ${r.reason}`);
}
console.log(`audit: ${results.length - failing} of ${results.length} without a MUST or SHOULD failing`);
process.exit(failing > 0 ? 1 : 0);
