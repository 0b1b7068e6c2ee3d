package lint

import (
	"fmt"
	"sort"

	"github.com/addlint/addlint/internal/config"
	"github.com/addlint/addlint/internal/model"
)

// finish turns the policies' findings for doc into the reported ones: it
// adds unknown-rule findings for its suppression comments, drops what the
// comments suppress, applies the config's and the flags' severities, and
// sorts by line, column and rule.
func (r *runner) finish(path string, doc *model.Document, findings []model.Finding) []model.Finding {
	findings = append(findings, r.unknownSuppressedRules(doc)...)
	index := newSuppressionIndex(doc.Suppressions)
	kept := make([]model.Finding, 0, len(findings))
	for _, f := range findings {
		// A finding without a line counts as line 1, so disable-file still
		// covers it.
		if !index.covers(f.Rule, max(f.Line, 1)) {
			kept = append(kept, f)
		}
	}
	kept = apply(r.severities.forFile(path), kept)
	model.SortFindings(kept)
	return kept
}

// unknownSuppressedRules reports each rule id in doc's suppression comments
// that is not a known rule, at the comment: at most the config's
// limits.max-findings of them, then one finding saying how many more there
// are.
func (r *runner) unknownSuppressedRules(doc *model.Document) []model.Finding {
	if r.known == nil {
		return nil
	}
	limit := r.maxFindings()
	var findings []model.Finding
	more := 0
	for _, s := range doc.Suppressions {
		reported := map[string]bool{}
		for _, id := range s.Rules {
			if r.known[id] || reported[id] {
				continue
			}
			reported[id] = true
			if len(findings) >= limit {
				more++
				continue
			}
			msg := fmt.Sprintf("%s in an addlint-%s comment; the comment silences nothing for it", unknownRuleMessage(id, r.opts.KnownRules), s.Kind)
			findings = append(findings, unknownRuleFinding(msg, s.Line, s.Column, sectionAt(doc, s.Line)))
		}
	}
	if more > 0 {
		last := findings[len(findings)-1]
		msg := fmt.Sprintf("%d more unknown rule ids in addlint comments after this one are not reported (limit %d)", more, limit)
		findings = append(findings, unknownRuleFinding(msg, last.Line, last.Column, last.Section))
	}
	return findings
}

// maxFindings is the config's limit on the findings of one document.
func (r *runner) maxFindings() int {
	if r.cfg.Limits.MaxFindings > 0 {
		return r.cfg.Limits.MaxFindings
	}
	return config.DefaultMaxFindings
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
// doc.Sections is in document order, so that is the last section starting
// at or before line that still runs to it.
func sectionAt(doc *model.Document, line int) string {
	sections := doc.Sections
	i := sort.Search(len(sections), func(i int) bool { return sections[i].Line > line })
	for j := i - 1; j >= 0; j-- {
		if sections[j].EndLine >= line {
			return sections[j].ID
		}
	}
	return ""
}
