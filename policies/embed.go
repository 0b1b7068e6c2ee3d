// Package policies holds addlint's built-in Rego bundle: the entry point, the
// shared library, the rules of the built-in profile and the profile's data.
// The engine in internal/policy loads it from FS.
package policies

import "embed"

// FS is the built-in bundle. Its paths start with "addlint/" (for example
// "addlint/profile/data.yaml", which becomes data.addlint.profile). It also
// holds the rules' *_test.rego files, which the engine leaves out of the
// production policy set and runs only as tests.
//
//go:embed addlint
var FS embed.FS

// Precompiled is FS's policies compiled ahead of time, with the rule catalog
// and the data, so that the engine starts without parsing and compiling the
// Rego (see internal/policy.Precompile). The engine checks that it matches
// FS and compiles FS from source when it does not. Regenerate it after
// changing a policy or the data:
//
//	go test ./internal/policy -run TestPrecompiledBundleIsCurrent -update
//
//go:embed precompiled.bin
var Precompiled []byte
