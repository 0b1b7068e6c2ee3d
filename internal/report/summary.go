package report

import (
	"fmt"
	"strings"

	"github.com/addlint/addlint/internal/model"
)

// Summary counts what a report holds.
type Summary struct {
	// Files counts the linted files, clean ones included.
	Files int
	// Errors counts the findings of severity error.
	Errors int
	// Warnings counts the findings of severity warning.
	Warnings int
	// Infos counts the findings of severity info.
	Infos int
	// FileErrors counts the files that could not be linted.
	FileErrors int
}

// Summarize counts the linted files, the findings by severity and the files
// that could not be linted. A finding of an unknown severity is not counted.
func Summarize(in Input) Summary {
	s := Summary{Files: len(in.Files), FileErrors: len(in.Errors)}
	for _, file := range in.Files {
		for _, f := range file.Findings {
			switch f.Severity {
			case model.SeverityError:
				s.Errors++
			case model.SeverityWarning:
				s.Warnings++
			case model.SeverityInfo:
				s.Infos++
			}
		}
	}
	return s
}

// Findings returns the number of findings counted by severity.
func (s Summary) Findings() int {
	return s.Errors + s.Warnings + s.Infos
}

// String returns the one-line summary of the text format, e.g.
// "3 errors, 2 warnings, 1 info in 4 files" or "No problems found in 1 file",
// followed by "; 1 file could not be linted" when some could not.
func (s Summary) String() string {
	var b strings.Builder
	if s.Findings() == 0 {
		b.WriteString("No problems found")
	} else {
		var parts []string
		for _, c := range []struct {
			n                int
			singular, plural string
		}{
			{s.Errors, "error", "errors"},
			{s.Warnings, "warning", "warnings"},
			{s.Infos, "info", "infos"},
		} {
			if c.n > 0 {
				parts = append(parts, plural(c.n, c.singular, c.plural))
			}
		}
		b.WriteString(strings.Join(parts, ", "))
	}
	b.WriteString(" in ")
	b.WriteString(plural(s.Files, "file", "files"))
	if s.FileErrors > 0 {
		b.WriteString("; ")
		b.WriteString(plural(s.FileErrors, "file", "files"))
		b.WriteString(" could not be linted")
	}
	return b.String()
}

// plural returns n followed by the singular or plural noun, as English needs.
func plural(n int, singular, pluralNoun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, singular)
	}
	return fmt.Sprintf("%d %s", n, pluralNoun)
}
