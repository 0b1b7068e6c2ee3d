// Package report turns lint results into the output formats addlint offers:
// text for people, JSON as a stable contract, and SARIF, JUnit XML, GitHub
// Actions workflow commands and Checkstyle XML for other tools. It also
// writes the rule listing of `addlint rules` and the rule explanation of
// `addlint explain`.
//
// Every writer is deterministic: it keeps the input order and never reads
// the clock, the environment or global state.
package report
