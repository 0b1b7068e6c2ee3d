package lint

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/addlint/addlint/internal/model"
)

// finish turns the policies' findings for doc into the reported ones: it
// adds unknown-rule findings for its suppression comments, drops what the
// comments suppress, applies the config's and the flags' severities, and
// sorts by line, column and rule.
func (r *runner) finish(path string, doc *model.Document, findings []model.Finding) []model.Finding {
	findings = append(findings, r.unknownSuppressedRules(doc)...)
	kept := make([]model.Finding, 0, len(findings))
	for _, f := range findings {
		if !suppressed(doc.Suppressions, f) {
			kept = append(kept, f)
		}
	}
	kept = apply(r.severities.forFile(path), kept)
	sortFindings(kept)
	return kept
}

// suppressed reports whether a suppression comment silences f. A finding
// without a line counts as line 1, so disable-file still covers it.
func suppressed(suppressions []model.Suppression, f model.Finding) bool {
	line := max(f.Line, 1)
	for _, s := range suppressions {
		if s.Covers(f.Rule, line) {
			return true
		}
	}
	return false
}

// unknownSuppressedRules reports each rule id in doc's suppression comments
// that is not a known rule, at the comment.
func (r *runner) unknownSuppressedRules(doc *model.Document) []model.Finding {
	if r.known == nil {
		return nil
	}
	var findings []model.Finding
	for _, s := range doc.Suppressions {
		reported := map[string]bool{}
		for _, id := range s.Rules {
			if r.known[id] || reported[id] {
				continue
			}
			reported[id] = true
			msg := fmt.Sprintf("%s in an addlint-%s comment; the comment silences nothing for it", unknownRuleMessage(id, r.opts.KnownRules), s.Kind)
			findings = append(findings, unknownRuleFinding(msg, s.Line, s.Column, sectionAt(doc, s.Line)))
		}
	}
	return findings
}

// unknownRuleFinding builds an unknown-rule warning at line and column.
func unknownRuleFinding(msg string, line, column int, section string) model.Finding {
	line, column = max(line, 1), max(column, 1)
	return model.Finding{
		Rule:      UnknownRuleID,
		Severity:  model.SeverityWarning,
		Message:   msg,
		Line:      line,
		Column:    column,
		EndLine:   line,
		EndColumn: column,
		Section:   section,
		Gate:      UnknownRuleGate,
	}
}

// sectionAt returns the id of the innermost section holding line, or "".
func sectionAt(doc *model.Document, line int) string {
	id, level := "", 0
	for _, s := range doc.Sections {
		if s.Line <= line && line <= s.EndLine && s.Level > level {
			id, level = s.ID, s.Level
		}
	}
	return id
}

// sortFindings orders findings by line, column and rule, then by message and
// end position so that the order never depends on the policies' order.
func sortFindings(findings []model.Finding) {
	slices.SortStableFunc(findings, func(a, b model.Finding) int {
		return cmp.Or(
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Message, b.Message),
			cmp.Compare(a.EndLine, b.EndLine),
			cmp.Compare(a.EndColumn, b.EndColumn),
		)
	})
}
