package model

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// Severities, from the most to the least serious.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
	SeverityInfo    = "info"
)

// SeverityRank orders severities: error 3, warning 2, info 1, anything else 0.
func SeverityRank(severity string) int {
	switch severity {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityInfo:
		return 1
	}
	return 0
}

// Finding is one thing wrong in a document, as a rule reports it.
type Finding struct {
	// Rule is the rule id, e.g. "stack-rationale".
	Rule string `json:"rule"`
	// Severity is error, warning or info.
	Severity string `json:"severity"`
	// Message says what is wrong and, where it can, what to write instead.
	Message string `json:"message"`
	// Line is the 1-based line of the element at fault.
	Line int `json:"line"`
	// Column is the 1-based column (Unicode characters).
	Column int `json:"column"`
	// EndLine is the last line of the element at fault.
	EndLine int `json:"end_line"`
	// EndColumn is the column just past the element at fault on EndLine.
	EndColumn int `json:"end_column"`
	// Section is the ID of the section at fault, or "".
	Section string `json:"section"`
	// Gate is the quality gate the rule verifies.
	Gate string `json:"gate"`
}

// RuleInfo describes a rule, from its METADATA annotation.
type RuleInfo struct {
	// ID is the kebab-case rule id.
	ID string `json:"id"`
	// Title is a short name for the rule.
	Title string `json:"title"`
	// Description says when the rule fires.
	Description string `json:"description"`
	// Why says why the rule matters.
	Why string `json:"why"`
	// Gate is the quality gate the rule verifies.
	Gate string `json:"gate"`
	// Severity is the default severity ("error", "warning", "info"), or
	// "status-scaled" / "by-status" for rules whose severity follows the
	// document's Status.
	Severity string `json:"severity"`
	// ExampleBad is a Markdown snippet that breaks the rule.
	ExampleBad string `json:"example_bad"`
	// ExampleGood is the same snippet fixed.
	ExampleGood string `json:"example_good"`
	// Builtin is false for rules from user policies.
	Builtin bool `json:"builtin"`
}

// FileResult is the outcome of linting one file.
type FileResult struct {
	// Path is the file as given, slash-separated.
	Path string `json:"path"`
	// Status is the document's normalized status.
	Status string `json:"status"`
	// Findings are sorted by line, column, rule.
	Findings []Finding `json:"findings"`
}

// FileError is a file that could not be linted.
type FileError struct {
	// Path is the file as given, slash-separated.
	Path string `json:"path"`
	// Message says why, naming the file and, where there is one, the line.
	Message string `json:"message"`
}

// NormalizeColumn turns a table header into the key used in TableRow.Columns:
// markup and punctuation removed, lower case, words joined by "_"
// ("**Alternatives Considered**" becomes "alternatives_considered").
func NormalizeColumn(header string) string {
	var b strings.Builder
	pendingSep := false
	for _, r := range strings.ToLower(header) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if pendingSep && b.Len() > 0 {
				b.WriteByte('_')
			}
			pendingSep = false
			b.WriteRune(r)
			continue
		}
		pendingSep = true
	}
	return b.String()
}

// CompareFindings orders findings by line, column and rule (the order of
// every report), then by the remaining fields so that the order never depends
// on the order in which policies produced them.
func CompareFindings(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column),
		cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.EndLine, b.EndLine),
		cmp.Compare(a.EndColumn, b.EndColumn),
		cmp.Compare(a.Message, b.Message),
		cmp.Compare(a.Severity, b.Severity),
		cmp.Compare(a.Section, b.Section),
		cmp.Compare(a.Gate, b.Gate),
	)
}

// SortFindings sorts findings with CompareFindings.
func SortFindings(findings []Finding) {
	slices.SortFunc(findings, CompareFindings)
}
