package policy

import (
	"io/fs"
	"time"
)

// Default limits applied when Options leaves them at zero.
const (
	// DefaultEvalTimeout bounds the evaluation of one document.
	DefaultEvalTimeout = 5 * time.Second
	// DefaultMaxFindings bounds the findings kept for one document.
	DefaultMaxFindings = 1000
)

// Options says which policies and data the engine loads and how it bounds an
// evaluation.
type Options struct {
	// Bundle is the built-in bundle (policies.FS); nil loads none, which is
	// only useful in tests that bring their own entry point. The bundle is
	// trusted: when no PolicyDirs are given, New skips the compiler stages
	// that only look for mistakes (see checkOnlyStages).
	Bundle fs.FS
	// Precompiled is the bundle compiled ahead of time
	// (policies.Precompiled, written by Precompile). New uses it instead of
	// parsing and compiling Bundle when it was built from exactly Bundle's
	// files by the same OPA version and PolicyDirs is empty; otherwise, or
	// when it is nil or damaged, New compiles Bundle from source.
	Precompiled []byte
	// PolicyDirs lists extra Rego directories or files (user policies, same
	// contract as the built-in rules). Directories are walked for .rego
	// files; *_test.rego files are left out.
	PolicyDirs []string
	// DataFiles lists extra data documents (.yaml, .yml or .json), each a
	// whole data document merged over the bundle's data: objects merge key
	// by key, any other value replaces the built-in one at the same path.
	DataFiles []string
	// EvalTimeout bounds the evaluation of one document; zero or less means
	// DefaultEvalTimeout.
	EvalTimeout time.Duration
	// MaxFindings bounds the findings kept for one document; zero or less
	// means DefaultMaxFindings. Beyond it Eval keeps the first MaxFindings
	// findings (in sorted order) and adds one "addlint" warning saying how
	// many were left out.
	MaxFindings int
}

func (o Options) evalTimeout() time.Duration {
	if o.EvalTimeout <= 0 {
		return DefaultEvalTimeout
	}
	return o.EvalTimeout
}

func (o Options) maxFindings() int {
	if o.MaxFindings <= 0 {
		return DefaultMaxFindings
	}
	return o.MaxFindings
}
