package cli

import (
	"io"

	"github.com/spf13/cobra"
)

// env is what every command reads and writes: the process's standard streams.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// globalFlags are the flags every command accepts.
type globalFlags struct {
	noColor bool
}

func newRootCommand(e *env) *cobra.Command {
	var g globalFlags
	root := &cobra.Command{
		Use:   "addlint",
		Short: "Lint Architecture Design Documents written in Markdown",
		Long: `addlint checks Architecture Design Documents (ADDs) written in Markdown against
their quality gates: required sections, justified technology choices, numeric
performance targets, a threat model, and the document's own Quality Gates
checklist. Rules are Rego policies; your own policies follow the same contract.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.PersistentFlags().BoolVar(&g.noColor, "no-color", false, "never colour the output (also NO_COLOR)")

	root.AddCommand(
		newLintCommand(e, &g),
		newParseCommand(e),
		newRulesCommand(e),
		newExplainCommand(e, &g),
		newTestCommand(e),
		newInitCommand(e),
		newVersionCommand(e),
	)
	registerCompletions(root)
	return root
}
