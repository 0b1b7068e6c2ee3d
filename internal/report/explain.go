package report

import (
	"io"
	"strings"

	"github.com/addlint/addlint/internal/model"
)

// WriteExplain writes what a rule checks, why it matters, and a bad and a
// good example, for a terminal; color turns on ANSI colours.
func WriteExplain(w io.Writer, rule model.RuleInfo, color bool) error {
	colors := newPalette(color)
	out := &stickyWriter{w: w}
	description, why, bad, good := ruleTexts(rule)

	header := safeLine(rule.ID)
	if title := strings.TrimSpace(rule.Title); title != "" {
		header += ": " + safeLine(title)
	}
	out.print(colors.bold.Sprint(header) + "\n")

	facts := "Gate: " + safeLine(rule.Gate) + "  Default severity: " +
		colors.forSeverity(rule.Severity).Sprint(safeLine(rule.Severity))
	if !rule.Builtin {
		facts += "  (custom rule)"
	}
	out.print(facts + "\n")

	for _, part := range []struct {
		heading string
		body    string
		example bool
	}{
		{"What it checks", description, false},
		{"Why it matters", why, false},
		{"Bad", bad, true},
		{"Good", good, true},
	} {
		if part.body == "" {
			continue
		}
		heading := colors.heading.Sprint(part.heading)
		switch part.heading {
		case "Bad":
			heading = colors.red.Sprint(part.heading)
		case "Good":
			heading = colors.green.Sprint(part.heading)
		}
		indent := "  "
		if part.example {
			indent = "    "
		}
		out.print("\n" + heading + "\n" + indentLines(safeText(part.body), indent) + "\n")
	}
	return out.err
}
