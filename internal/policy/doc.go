// Package policy evaluates addlint's Rego policies against documents.
//
// New loads the built-in bundle and any user policies and data once,
// compiles them in a sandbox (no network, environment or non-deterministic
// builtins) and prepares the single query data.addlint.main.report. Eval then
// runs that prepared query on one *model.Document at a time, concurrently if
// the caller wishes, and returns the validated, sorted findings. Rules lists
// the rules' metadata, read from their METADATA annotations, and RunTests runs
// Rego unit tests like `opa test`.
//
// The package knows nothing about Markdown: it sees only the model.
package policy
