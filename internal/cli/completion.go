package cli

import (
	"context"
	"strings"

	"github.com/spf13/cobra"
)

// registerCompletions makes rule ids complete where a rule is named: the
// --enable and --disable flags of lint and the argument of explain. Cobra
// adds the `completion` command itself (bash, zsh, fish, powershell).
func registerCompletions(root *cobra.Command) {
	for _, sub := range root.Commands() {
		switch sub.Name() {
		case "lint":
			for _, name := range []string{"enable", "disable"} {
				if sub.Flags().Lookup(name) != nil {
					// The flag exists, so registering cannot fail.
					_ = sub.RegisterFlagCompletionFunc(name, completeRuleList)
				}
			}
		case "explain":
			sub.ValidArgsFunction = completeRuleArgument
		}
	}
}

// completeRuleArgument completes the one RULE argument of explain.
func completeRuleArgument(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return ruleCompletions(cmd, "", toComplete), cobra.ShellCompDirectiveNoFileComp
}

// completeRuleList completes a value of --enable or --disable, which may
// hold several ids separated by commas: the ids already typed are kept.
func completeRuleList(cmd *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	typed, partial := "", toComplete
	if i := strings.LastIndex(toComplete, ","); i >= 0 {
		typed, partial = toComplete[:i+1], toComplete[i+1:]
	}
	return ruleCompletions(cmd, typed, partial), cobra.ShellCompDirectiveNoFileComp
}

// ruleCompletions lists the rule ids starting with partial, each after
// typed and described by the rule's title. The rules are the built-in ones
// and those of the command's --policy directories. When the policies cannot
// be loaded there is nothing to offer.
func ruleCompletions(cmd *cobra.Command, typed, partial string) []cobra.Completion {
	ctx := cmd.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	var policyDirs []string
	if cmd.Flags().Lookup("policy") != nil {
		policyDirs, _ = cmd.Flags().GetStringArray("policy")
	}
	engine, err := newEngine(ctx, policyDirs)
	if err != nil {
		return nil
	}
	var completions []cobra.Completion
	for _, rule := range engine.Rules() {
		if strings.HasPrefix(rule.ID, partial) {
			completions = append(completions, cobra.CompletionWithDesc(typed+rule.ID, rule.Title))
		}
	}
	return completions
}
