package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/addlint/addlint/internal/atomicfile"
	"github.com/addlint/addlint/internal/config"
	"github.com/addlint/addlint/internal/gitdiff"
	"github.com/addlint/addlint/internal/lint"
	"github.com/addlint/addlint/internal/markdown"
	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/internal/report"
	"github.com/addlint/addlint/policies"
)

// failOnLevels are the values of --fail-on, mapped to the lowest severity
// rank that fails the run (0 = never).
var failOnLevels = map[string]int{
	"error":   model.SeverityRank(model.SeverityError),
	"warning": model.SeverityRank(model.SeverityWarning),
	"info":    model.SeverityRank(model.SeverityInfo),
	"never":   0,
}

// lintFlags are the flags of `addlint lint`.
type lintFlags struct {
	format        string
	output        string
	failOn        string
	configPath    string
	noConfig      bool
	policyDirs    []string
	dataFiles     []string
	enable        []string
	disable       []string
	jobs          int
	quiet         bool
	stdinFilename string
	onlyADDs      bool
	changedSince  string
}

func newLintCommand(e *env, g *globalFlags) *cobra.Command {
	var f lintFlags
	cmd := &cobra.Command{
		Use:   "lint [PATH...]",
		Short: "Lint ADDs: files, directories (walked) and globs; - reads standard input",
		Long: `lint checks Architecture Design Documents against the built-in rule catalog
(see 'addlint rules') and any policies of your own.

Files named on the command line are always linted. Directories are walked: a
Markdown file there is linted when it matches the config's 'files' globs or,
without them, when it looks like an ADD (its H1 contains "Architecture
Design Document", or its front matter says 'type: add'). With no path, the
current directory is walked.

--only-adds treats named files like walked ones, so that a hook handed every
staged Markdown file lints only the ADDs among them. --changed-since REF lints
the ADDs changed between the git revision REF and the working tree (renames
followed, deleted files skipped) that lie under the PATH arguments (default:
the current directory).

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above --fail-on,
2 usage, config, policy or I/O error.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLint(cmd, e, g, &f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "output format: "+strings.Join(report.Formats(), "|"))
	fl.StringVarP(&f.output, "output", "o", "", "write the report to `FILE` (atomically) instead of standard output")
	fl.StringVar(&f.failOn, "fail-on", "error", "lowest severity that fails the run: error|warning|info|never")
	fl.StringVarP(&f.configPath, "config", "c", "", "use this config `FILE` instead of looking for .addlint.yaml")
	fl.BoolVar(&f.noConfig, "no-config", false, "ignore any .addlint.yaml")
	fl.StringArrayVar(&f.policyDirs, "policy", nil, "extra Rego policy `DIR` or file (repeatable)")
	fl.StringArrayVar(&f.dataFiles, "data", nil, "extra data `FILE` (YAML or JSON, repeatable)")
	fl.StringSliceVar(&f.enable, "enable", nil, "turn `RULE` on even when the config turns it off (repeatable)")
	fl.StringSliceVar(&f.disable, "disable", nil, "turn `RULE` off (repeatable)")
	fl.IntVarP(&f.jobs, "jobs", "j", runtime.NumCPU(), "number of documents linted in parallel")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "show only findings at or above --fail-on")
	fl.StringVar(&f.stdinFilename, "stdin-filename", "<stdin>", "the path reported for standard input (-)")
	fl.BoolVar(&f.onlyADDs, "only-adds", false, "lint named files only when they look like ADDs (or match the config's files globs), as a directory walk does")
	fl.StringVar(&f.changedSince, "changed-since", "", "lint the ADDs changed between the git revision `REF` and the working tree")
	return cmd
}

func runLint(cmd *cobra.Command, e *env, g *globalFlags, f *lintFlags, args []string) error {
	ctx := cmd.Context()
	if f.noConfig && f.configPath != "" {
		return usageError(errors.New("--config and --no-config cannot be used together"))
	}
	cfg, err := loadConfig(f.configPath, f.noConfig)
	if err != nil {
		return usageError(err)
	}
	if cmd.Flags().Changed("fail-on") || cfg.FailOn == "" {
		cfg.FailOn = f.failOn
	}
	threshold, ok := failOnLevels[cfg.FailOn]
	if !ok {
		return usageError(fmt.Errorf("--fail-on must be error, warning, info or never, not %q", cfg.FailOn))
	}
	if f.jobs < 1 {
		return usageError(fmt.Errorf("--jobs must be at least 1, not %d", f.jobs))
	}
	paths, err := lintPaths(ctx, f, args)
	if err != nil {
		return usageError(err)
	}
	writer, err := report.New(f.format, report.Options{Color: f.output == "" && useColor(e.stdout, g.noColor)})
	if err != nil {
		return usageError(err)
	}

	engine, err := policy.New(ctx, policy.Options{
		Bundle:      policies.FS,
		Precompiled: policies.Precompiled,
		PolicyDirs:  append(resolveAgainst(cfg.Dir, cfg.Policies), f.policyDirs...),
		DataFiles:   append(resolveAgainst(cfg.Dir, cfg.Data), f.dataFiles...),
		EvalTimeout: cfg.Limits.EvalTimeout,
		MaxFindings: cfg.Limits.MaxFindings,
	})
	if err != nil {
		return usageError(err)
	}
	rules := engine.Rules()

	result, err := runLinter(ctx, paths, f.changedSince != "", lint.Options{
		OnlyADDs:      f.onlyADDs || f.changedSince != "",
		Stdin:         e.stdin,
		StdinFilename: f.stdinFilename,
		Jobs:          f.jobs,
		MaxFileSize:   cfg.Limits.MaxFileSize,
		Config:        cfg,
		Enable:        f.enable,
		Disable:       f.disable,
		KnownRules:    ruleIDs(rules),
		Parse:         markdown.Parse,
		Engine:        engine,
	})
	if err != nil {
		return usageError(err)
	}
	if f.quiet {
		dropBelow(result.Files, threshold)
	}

	version, _ := versionInfo()
	in := report.Input{
		Files:  result.Files,
		Errors: result.Errors,
		Rules:  rules,
		Tool:   report.ToolInfo{Name: "addlint", Version: version, InformationURI: "https://github.com/addlint/addlint"},
	}
	fill := func(w io.Writer) error {
		if err := writer.Write(w, in); err != nil {
			return err
		}
		// Interrupted while writing: an --output file keeps its old content.
		return ctx.Err()
	}
	if err := writeReport(e.stdout, f.output, fill); err != nil {
		return usageError(err)
	}
	if ctx.Err() != nil {
		return usageError(errors.New("interrupted"))
	}
	return silentExit(exitCode(result, threshold))
}

// lintPaths returns what to lint: args, or with --changed-since the files
// changed since its revision that lie under args (default: the current
// directory).
func lintPaths(ctx context.Context, f *lintFlags, args []string) ([]string, error) {
	if f.changedSince == "" {
		return args, nil
	}
	if slices.Contains(args, "-") {
		return nil, errors.New("--changed-since cannot be combined with - (standard input)")
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, fmt.Errorf("--changed-since %s: %w", f.changedSince, err)
	}
	changed, err := gitdiff.Changed(ctx, wd, f.changedSince)
	if err != nil {
		return nil, fmt.Errorf("--changed-since %s: %w", f.changedSince, err)
	}
	roots := args
	if len(roots) == 0 {
		// Like lint without paths: the current directory.
		roots = []string{"."}
	}
	changed, err = gitdiff.Within(changed, roots)
	if err != nil {
		return nil, fmt.Errorf("--changed-since %s: %w", f.changedSince, err)
	}
	return changed, nil
}

// runLinter runs the linter over paths. With changedOnly, no paths means
// that nothing changed, so nothing is linted (rather than the current
// directory).
func runLinter(ctx context.Context, paths []string, changedOnly bool, opts lint.Options) (*lint.Result, error) {
	if changedOnly && len(paths) == 0 {
		return &lint.Result{Files: []model.FileResult{}, Errors: []model.FileError{}}, nil
	}
	opts.Paths = paths
	return lint.Run(ctx, opts)
}

// loadConfig returns the config named by path, the one found upward from the
// current directory, or the defaults.
func loadConfig(path string, noConfig bool) (*config.Config, error) {
	if noConfig {
		return config.Default(), nil
	}
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, fmt.Errorf("finding .addlint.yaml: %w", err)
		}
		if path, err = config.Find(wd); err != nil {
			return nil, err
		}
		if path == "" {
			return config.Default(), nil
		}
		if rel, err := filepath.Rel(wd, path); err == nil {
			path = rel
		}
	}
	return config.Load(path)
}

// writeReport writes the report to stdout, or atomically to the file output.
func writeReport(stdout io.Writer, output string, fill func(io.Writer) error) error {
	if output == "" {
		return fill(stdout)
	}
	return atomicfile.Write(output, fill)
}

// exitCode is 2 when any file could not be linted, 1 when a finding is at or
// above the threshold rank, else 0.
func exitCode(result *lint.Result, threshold int) int {
	if len(result.Errors) > 0 {
		return ExitError
	}
	if threshold == 0 {
		return ExitOK
	}
	for _, file := range result.Files {
		for _, finding := range file.Findings {
			if model.SeverityRank(finding.Severity) >= threshold {
				return ExitFindings
			}
		}
	}
	return ExitOK
}

// dropBelow removes findings below the threshold rank, for --quiet. With a
// threshold of 0 (--fail-on never) nothing fails, so nothing is shown.
func dropBelow(files []model.FileResult, threshold int) {
	for i := range files {
		kept := files[i].Findings[:0]
		for _, finding := range files[i].Findings {
			if threshold > 0 && model.SeverityRank(finding.Severity) >= threshold {
				kept = append(kept, finding)
			}
		}
		files[i].Findings = kept
	}
}

// resolveAgainst makes the relative paths of a config file relative to the
// config's directory dir.
func resolveAgainst(dir string, paths []string) []string {
	resolved := make([]string, len(paths))
	for i, p := range paths {
		if dir == "" || filepath.IsAbs(p) {
			resolved[i] = p
			continue
		}
		resolved[i] = filepath.Join(dir, p)
	}
	return resolved
}

func ruleIDs(rules []model.RuleInfo) []string {
	ids := make([]string, len(rules))
	for i, r := range rules {
		ids[i] = r.ID
	}
	return ids
}

// newEngine builds the policy engine with the built-in bundle and the given
// extra policies, for the commands that only need rule metadata.
func newEngine(ctx context.Context, policyDirs []string) (*policy.Engine, error) {
	return policy.New(ctx, policy.Options{Bundle: policies.FS, Precompiled: policies.Precompiled, PolicyDirs: policyDirs})
}
