// Package lint runs addlint over files: it discovers them, reads, parses and
// evaluates each one in a bounded worker pool, then applies the config's
// severities and the documents' suppression comments. It knows no flags and
// prints nothing; the parser and the policy evaluator are handed to it.
package lint

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"

	"github.com/addlint/addlint/internal/config"
	"github.com/addlint/addlint/internal/model"
)

// UnknownRuleID is the rule the runner itself reports when a suppression
// comment or the config names a rule that does not exist.
const UnknownRuleID = "unknown-rule"

// UnknownRuleGate is the gate of UnknownRuleID.
const UnknownRuleGate = "hygiene"

// DefaultStdinFilename is the path reported for standard input.
const DefaultStdinFilename = "<stdin>"

// ParseFunc parses the Markdown src of the file reported as path into a
// document (markdown.Parse).
type ParseFunc func(path string, src []byte) (*model.Document, error)

// Evaluator evaluates the policies over one document (*policy.Engine). Eval
// is called from several goroutines at once.
type Evaluator interface {
	Eval(ctx context.Context, doc *model.Document) ([]model.Finding, error)
}

// Options say what to lint and how.
type Options struct {
	// Paths are files, directories, globs and "-" (standard input); empty
	// means ".".
	Paths []string
	// Stdin is read for the path "-".
	Stdin io.Reader
	// StdinFilename is the path reported for "-" (default "<stdin>"); the
	// config's overrides match it.
	StdinFilename string
	// Jobs is the number of documents linted at once (default: the number of
	// CPUs).
	Jobs int
	// MaxFileSize is the largest document read, in bytes (default: the
	// config's limit, else 10 MiB).
	MaxFileSize int64
	// Config is the loaded config (default: config.Default()).
	Config *config.Config
	// Enable turns rules back on at their default severity when the config
	// turned them off (--enable).
	Enable []string
	// Disable turns rules off (--disable); it wins over Enable.
	Disable []string
	// KnownRules lists every rule id (built-in and user); unknown ids in
	// Enable, Disable, the config and suppression comments are reported.
	// When empty, no id is checked.
	KnownRules []string
	// OnlyADDs treats the files named in Paths, and the matches of globs,
	// like the files a directory walk finds: a file is linted only when it
	// is Markdown (.md, .markdown), is not ignored by the config, and
	// matches the config's `files` globs or, without them, looks like an ADD
	// (--only-adds, for pre-commit and --changed-since). Standard input is
	// always linted.
	OnlyADDs bool
	// Parse turns a file into a document.
	Parse ParseFunc
	// Engine evaluates the policies.
	Engine Evaluator
}

// Result is the outcome of a run, in input order.
type Result struct {
	// Files holds one entry per linted file (and one for the config file
	// when it names unknown rules).
	Files []model.FileResult
	// Errors holds the files that could not be linted.
	Errors []model.FileError
}

// Run lints what opts name. Files that cannot be read, parsed or evaluated
// become Result.Errors and the others are still linted. Run returns an error
// only when nothing can run: missing Parse or Engine, an unknown rule id in
// Enable or Disable, a bad glob pattern, or a cancelled ctx.
func Run(ctx context.Context, opts Options) (*Result, error) {
	if opts.Parse == nil || opts.Engine == nil {
		return nil, errors.New("lint: Options.Parse and Options.Engine are required")
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("lint: %w", err)
	}
	r, err := newRunner(opts)
	if err != nil {
		return nil, err
	}
	targets, err := r.discover(ctx)
	if err != nil {
		return nil, err
	}
	outcomes := runPool(ctx, r.opts.Jobs, len(targets), func(ctx context.Context, i int) outcome {
		return r.lintTarget(ctx, targets[i])
	})
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("lint: %w", err)
	}
	result := &Result{Files: []model.FileResult{}, Errors: []model.FileError{}}
	if file := r.configFindings(); file != nil {
		result.Files = append(result.Files, *file)
	}
	for _, o := range outcomes {
		switch {
		case o.err != nil:
			result.Errors = append(result.Errors, *o.err)
		case o.file != nil:
			result.Files = append(result.Files, *o.file)
		}
	}
	return result, nil
}

// runner holds what one Run needs, resolved from its Options.
type runner struct {
	opts       Options
	cfg        *config.Config
	match      *matcher
	severities *severities
	known      map[string]bool
}

// newRunner fills in the defaults of opts and checks the rule ids of its
// flags.
func newRunner(opts Options) (*runner, error) {
	if opts.Config == nil {
		opts.Config = config.Default()
	}
	if len(opts.Paths) == 0 {
		opts.Paths = []string{"."}
	}
	if opts.StdinFilename == "" {
		opts.StdinFilename = DefaultStdinFilename
	}
	if opts.Jobs <= 0 {
		opts.Jobs = runtime.NumCPU()
	}
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = opts.Config.Limits.MaxFileSize
	}
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = config.DefaultMaxFileSize
	}
	known := knownRules(opts.KnownRules)
	if err := checkFlagRules(opts.Enable, opts.Disable, known, opts.KnownRules); err != nil {
		return nil, err
	}
	match, err := newMatcher(opts.Config)
	if err != nil {
		return nil, err
	}
	return &runner{
		opts:       opts,
		cfg:        opts.Config,
		match:      match,
		severities: newSeverities(opts.Config, match, opts.Enable, opts.Disable),
		known:      known,
	}, nil
}
