package policy

import (
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/addlint/addlint/internal/model"
)

// TruncationRule is the rule id of the warning Eval adds when a document has
// more findings than Options.MaxFindings.
const TruncationRule = "addlint"

// findingSet turns the value of data.addlint.main.report into findings,
// validating each one.
func (e *Engine) findingSet(value ast.Value) ([]model.Finding, error) {
	set, ok := value.(ast.Set)
	if !ok {
		return nil, fmt.Errorf("data.addlint.main.report must be a set of findings, not %s", ast.ValueName(value))
	}
	findings := make([]model.Finding, 0, set.Len())
	err := set.Iter(func(term *ast.Term) error {
		finding, err := e.finding(term.Value)
		if err != nil {
			return err
		}
		findings = append(findings, finding)
		return nil
	})
	if err != nil {
		return nil, err
	}
	model.SortFindings(findings)
	return findings, nil
}

// finding validates one finding object: rule, severity and message are
// required strings, line a whole number of at least 1; column, end_line,
// end_column, section and gate are optional.
func (e *Engine) finding(value ast.Value) (model.Finding, error) {
	object, ok := value.(ast.Object)
	if !ok {
		return model.Finding{}, fmt.Errorf("a policy reported %s instead of a finding object: %s", ast.ValueName(value), excerpt(value))
	}
	rule, ok := stringField(object, "rule")
	if !ok || rule == "" {
		return model.Finding{}, fmt.Errorf("a policy reported a finding without a \"rule\" string: %s", excerpt(object))
	}
	malformed := func(problem string) error {
		where := ""
		if location, known := e.catalog.locations[rule]; known {
			where = " (" + location + ")"
		}
		return fmt.Errorf("rule %q%s reported a malformed finding: %s: %s", rule, where, problem, excerpt(object))
	}

	finding := model.Finding{Rule: rule}
	finding.Severity, ok = stringField(object, "severity")
	if !ok || model.SeverityRank(finding.Severity) == 0 {
		return model.Finding{}, malformed(`"severity" must be "error", "warning" or "info"`)
	}
	finding.Message, ok = stringField(object, "message")
	if !ok || finding.Message == "" {
		return model.Finding{}, malformed(`"message" must be a non-empty string`)
	}
	finding.Line, ok = intField(object, "line")
	if !ok || finding.Line < 1 {
		return model.Finding{}, malformed(`"line" must be a whole number of at least 1`)
	}
	if finding.Column, ok = optionalInt(object, "column", 1); !ok {
		return model.Finding{}, malformed(`"column" must be a whole number`)
	}
	if finding.EndLine, ok = optionalInt(object, "end_line", finding.Line); !ok {
		return model.Finding{}, malformed(`"end_line" must be a whole number`)
	}
	if finding.EndColumn, ok = optionalInt(object, "end_column", finding.Column); !ok {
		return model.Finding{}, malformed(`"end_column" must be a whole number`)
	}
	if finding.Section, ok = optionalString(object, "section"); !ok {
		return model.Finding{}, malformed(`"section" must be a string`)
	}
	if finding.Gate, ok = optionalString(object, "gate"); !ok {
		return model.Finding{}, malformed(`"gate" must be a string`)
	}
	return finding, nil
}

func stringField(object ast.Object, key string) (string, bool) {
	term := object.Get(ast.InternedTerm(key))
	if term == nil {
		return "", false
	}
	text, ok := term.Value.(ast.String)
	return string(text), ok
}

// optionalInt reads a whole number that may be absent; absent or 0 gives
// fallback, and a negative or non-whole number is malformed.
func optionalInt(object ast.Object, key string, fallback int) (int, bool) {
	if object.Get(ast.InternedTerm(key)) == nil {
		return fallback, true
	}
	number, ok := intField(object, key)
	if !ok || number < 0 {
		return 0, false
	}
	if number == 0 {
		return fallback, true
	}
	return number, true
}

// optionalString reads a string that may be absent ("" then).
func optionalString(object ast.Object, key string) (string, bool) {
	if object.Get(ast.InternedTerm(key)) == nil {
		return "", true
	}
	return stringField(object, key)
}

func intField(object ast.Object, key string) (int, bool) {
	term := object.Get(ast.InternedTerm(key))
	if term == nil {
		return 0, false
	}
	number, ok := term.Value.(ast.Number)
	if !ok {
		return 0, false
	}
	return number.Int()
}

// excerpt shows a value in an error message, cut to a readable length.
func excerpt(value ast.Value) string {
	const limit = 200
	text := value.String()
	if len(text) > limit {
		return text[:limit] + "…"
	}
	return text
}

// capFindings keeps the first limit findings of a sorted list and adds one
// warning, at the first finding left out, saying how many were left out.
func capFindings(findings []model.Finding, limit int) []model.Finding {
	if len(findings) <= limit {
		return findings
	}
	first := findings[limit]
	kept := make([]model.Finding, 0, limit+1)
	kept = append(kept, findings[:limit]...)
	kept = append(kept, model.Finding{
		Rule:      TruncationRule,
		Severity:  model.SeverityWarning,
		Message:   fmt.Sprintf("%d more findings not shown (limit %d)", len(findings)-limit, limit),
		Line:      first.Line,
		Column:    first.Column,
		EndLine:   first.Line,
		EndColumn: first.Column,
		Section:   first.Section,
	})
	model.SortFindings(kept)
	return kept
}
