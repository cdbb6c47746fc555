// Package e2e holds the end-to-end tests of the web app: the real jeugdstem binary, built
// once per test run, serves a fresh demo database per scenario, and a real headless
// Chromium (Debian's `chromium` package; the tests never download a browser) plays a
// tablet, a child and staff members, driven with chromedp.
//
// Without Chromium the tests skip, unless JEUGDSTEM_E2E=1 (CI sets it): then they fail.
// JEUGDSTEM_CHROMIUM names another browser binary; JEUGDSTEM_E2E_BINARY a jeugdstem binary
// built elsewhere, used instead of building the working tree.
//
// Every screen the scenarios reach is audited with axe-core, read from
// frontend/node_modules/axe-core/axe.min.js: the version pinned in frontend/package.json,
// installed by `npm ci`, which `make test` runs before the Go tests. Without node_modules
// the audit is skipped with a log line (and fails under JEUGDSTEM_E2E=1). A copy in this
// package would drift from the pinned version, so there is none.
//
// Screenshots land in artifacts/e2e/ at the repository root (gitignored).
package e2e
