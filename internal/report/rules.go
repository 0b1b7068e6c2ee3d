package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/addlint/addlint/internal/model"
)

// Rule listing formats.
const (
	RulesFormatText     = "text"
	RulesFormatJSON     = "json"
	RulesFormatMarkdown = "markdown"
)

// RuleFormats returns the formats of WriteRules, the default first.
func RuleFormats() []string {
	return []string{RulesFormatText, RulesFormatJSON, RulesFormatMarkdown}
}

// rulesJSON is the JSON rule listing.
type rulesJSON struct {
	Version int              `json:"version"`
	Rules   []model.RuleInfo `json:"rules"`
}

// WriteRules lists rules in the given order: a table of id, gate, default
// severity and title as text; every field as JSON; or, as Markdown, an index
// table followed by one section per rule with its description, why it
// matters and its examples.
func WriteRules(w io.Writer, rules []model.RuleInfo, format string) error {
	switch format {
	case RulesFormatText:
		return writeRulesText(w, rules)
	case RulesFormatJSON:
		listing := rulesJSON{Version: JSONVersion, Rules: make([]model.RuleInfo, 0, len(rules))}
		listing.Rules = append(listing.Rules, rules...)
		return encodeJSON(w, listing)
	case RulesFormatMarkdown:
		return writeRulesMarkdown(w, rules)
	}
	return fmt.Errorf("unknown rules format %q: want one of %s", format, strings.Join(RuleFormats(), ", "))
}

// writeRulesText writes the rules as an aligned table.
func writeRulesText(w io.Writer, rules []model.RuleInfo) error {
	table := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	out := &stickyWriter{w: table}
	out.print("RULE\tGATE\tSEVERITY\tTITLE\n")
	for _, rule := range rules {
		title := safeLine(rule.Title)
		if !rule.Builtin {
			title += " (custom)"
		}
		out.printf("%s\t%s\t%s\t%s\n", safeLine(rule.ID), safeLine(rule.Gate), safeLine(rule.Severity), title)
	}
	if out.err != nil {
		return out.err
	}
	if err := table.Flush(); err != nil {
		return fmt.Errorf("write rules: %w", err)
	}
	return nil
}

// writeRulesMarkdown writes the rules as a Markdown reference.
func writeRulesMarkdown(w io.Writer, rules []model.RuleInfo) error {
	out := &stickyWriter{w: w}
	out.print("| Rule | Gate | Severity | Title |\n|---|---|---|---|\n")
	for _, rule := range rules {
		out.printf("| [`%s`](#%s) | %s | %s | %s |\n",
			markdownCell(rule.ID), headingSlug(rule.ID), markdownCell(rule.Gate),
			markdownCell(rule.Severity), markdownCell(rule.Title))
	}
	for _, rule := range rules {
		out.printf("\n## %s\n\n", rule.ID)
		out.printf("%s\n\n", strings.TrimSpace(rule.Title))
		out.printf("**Gate:** %s · **Default severity:** %s", rule.Gate, rule.Severity)
		if !rule.Builtin {
			out.print(" · custom rule")
		}
		out.print("\n")
		if help := ruleHelpMarkdown(rule); help != "" {
			out.print("\n" + help + "\n")
		}
	}
	return out.err
}

// headingSlug returns the GitHub anchor of a heading made of text: lower
// case, spaces to hyphens, and only letters, digits, hyphens and
// underscores kept.
func headingSlug(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(text)) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		}
	}
	return b.String()
}
