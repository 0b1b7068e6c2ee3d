package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/policies"
)

func newTestCommand(e *env) *cobra.Command {
	var dataFiles []string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "test [PATH...]",
		Short: "Run the Rego unit tests (*_test.rego) of your policies, with the built-in library available",
		Long: `test runs the Rego unit tests (rules named test_*) in the *_test.rego files under
the given paths, like 'opa test', with addlint's built-in library
(data.addlint.lib) and profile data loaded. With no path, the current directory.
Exit codes: 0 all passed, 1 a test failed, 2 the policies did not compile.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			results, err := policy.RunTests(cmd.Context(), policy.Options{
				Bundle:    policies.FS,
				DataFiles: dataFiles,
			}, args)
			if err != nil {
				return usageError(err)
			}
			return printTestResults(e, results, verbose)
		},
	}
	cmd.Flags().StringArrayVar(&dataFiles, "data", nil, "extra data `FILE` (YAML or JSON, repeatable)")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "also print the output (print calls) of passing tests")
	return cmd
}

func printTestResults(e *env, results []policy.TestResult, verbose bool) error {
	if len(results) == 0 {
		return usageError(fmt.Errorf("no Rego tests found (a test is a rule named test_* in a *_test.rego file)"))
	}
	passed, failed := 0, 0
	for _, r := range results {
		status := "PASS"
		if r.Err != "" || r.Fail || !r.Pass {
			status = "FAIL"
			failed++
		} else {
			passed++
		}
		fmt.Fprintf(e.stdout, "%s %s.%s (%s:%d, %s)\n", status, r.Package, r.Name, r.File, r.Line, r.Duration)
		if r.Err != "" {
			fmt.Fprintf(e.stdout, "    error: %s\n", r.Err)
		}
		if r.Output != "" && (status == "FAIL" || verbose) {
			fmt.Fprintf(e.stdout, "    output: %s\n", r.Output)
		}
	}
	fmt.Fprintf(e.stdout, "%d passed, %d failed\n", passed, failed)
	if failed > 0 {
		return silentExit(ExitFindings)
	}
	return nil
}
