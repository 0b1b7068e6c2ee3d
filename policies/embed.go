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
