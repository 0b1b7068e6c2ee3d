package lint

import (
	"errors"
	"fmt"
	"strings"

	"github.com/addlint/addlint/internal/config"
)

// knownRules returns the set of rule ids, the runner's own unknown-rule
// included, or nil when ids is empty (no checking).
func knownRules(ids []string) map[string]bool {
	if len(ids) == 0 {
		return nil
	}
	known := map[string]bool{UnknownRuleID: true}
	for _, id := range ids {
		known[id] = true
	}
	return known
}

// allRuleIDs lists the known ids for suggestions.
func allRuleIDs(ids []string) []string {
	return append([]string{UnknownRuleID}, ids...)
}

// cleanIDs trims the ids given on the command line and drops empty ones.
func cleanIDs(ids []string) []string {
	cleaned := make([]string, 0, len(ids))
	for _, id := range ids {
		if id = strings.TrimSpace(id); id != "" {
			cleaned = append(cleaned, id)
		}
	}
	return cleaned
}

// checkFlagRules refuses an unknown rule id in --enable or --disable.
func checkFlagRules(enable, disable []string, known map[string]bool, ids []string) error {
	if known == nil {
		return nil
	}
	for _, flag := range []struct {
		name string
		ids  []string
	}{{"--enable", enable}, {"--disable", disable}} {
		for _, id := range cleanIDs(flag.ids) {
			if !known[id] {
				return fmt.Errorf("%s %s: %w", flag.name, id, unknownRule(id, ids))
			}
		}
	}
	return nil
}

// maxSuggestedID is the longest unknown id for which a close known id is
// looked for: rule ids are short, and the edit distance of a long string
// costs its length times the length of every known id.
const maxSuggestedID = 64

// unknownRuleMessage says that id is not a rule, suggesting the closest
// known id. An id longer than maxSuggestedID is shown cut short.
func unknownRuleMessage(id string, ids []string) string {
	if len(id) > maxSuggestedID {
		return fmt.Sprintf("unknown rule %q", strings.ToValidUTF8(id[:maxSuggestedID], "")+"…")
	}
	msg := fmt.Sprintf("unknown rule %q", id)
	if s := config.Suggest(id, allRuleIDs(ids)); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	}
	return msg
}

// unknownRule is the error for an unknown rule id on the command line.
func unknownRule(id string, ids []string) error {
	return errors.New(unknownRuleMessage(id, ids) + "; 'addlint rules' lists them")
}
