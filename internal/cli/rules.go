package cli

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/addlint/addlint/internal/config"
	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/internal/report"
)

func newRulesCommand(e *env) *cobra.Command {
	var format string
	var policyDirs []string
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List every rule: id, gate, default severity and title",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			engine, err := newEngine(cmd.Context(), policyDirs)
			if err != nil {
				return usageError(err)
			}
			if err := report.WriteRules(e.stdout, engine.Rules(), format); err != nil {
				return usageError(err)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text|json|markdown")
	cmd.Flags().StringArrayVar(&policyDirs, "policy", nil, "also list the rules of this Rego policy `DIR` (repeatable)")
	return cmd
}

func newExplainCommand(e *env, g *globalFlags) *cobra.Command {
	var policyDirs []string
	cmd := &cobra.Command{
		Use:   "explain RULE",
		Short: "Explain a rule: what it checks, why it matters, a bad and a good example",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			engine, err := newEngine(cmd.Context(), policyDirs)
			if err != nil {
				return usageError(err)
			}
			rules := engine.Rules()
			for _, rule := range rules {
				if rule.ID == args[0] {
					return report.WriteExplain(e.stdout, rule, useColor(e.stdout, g.noColor))
				}
			}
			return usageError(fmt.Errorf("unknown rule %q%s; 'addlint rules' lists them", args[0], suggest(args[0], rules)))
		},
	}
	cmd.Flags().StringArrayVar(&policyDirs, "policy", nil, "also know the rules of this Rego policy `DIR` (repeatable)")
	return cmd
}

// suggest returns ` (did you mean "a", "b"?)` naming the known rules whose
// id contains id (or the one closest to a misspelt id), or "" when none is
// close.
func suggest(id string, rules []model.RuleInfo) string {
	ids := make([]string, len(rules))
	var near []string
	for i, rule := range rules {
		ids[i] = rule.ID
		if strings.Contains(rule.ID, id) {
			near = append(near, strconv.Quote(rule.ID))
		}
	}
	if len(near) == 0 {
		if closest := config.Suggest(id, ids); closest != "" {
			near = append(near, strconv.Quote(closest))
		}
	}
	if len(near) == 0 {
		return ""
	}
	sort.Strings(near)
	return " (did you mean " + strings.Join(near, ", ") + "?)"
}
