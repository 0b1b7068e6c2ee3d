package report

import (
	"strings"

	"github.com/addlint/addlint/internal/model"
)

// codeBlock returns content as a fenced Markdown code block of language
// lang. The fence is longer than any run of backticks in content, so an
// example that holds code blocks itself stays intact.
func codeBlock(lang, content string) string {
	fence := strings.Repeat("`", max(3, longestBacktickRun(content)+1))
	content = strings.TrimRight(content, "\n")
	return fence + lang + "\n" + content + "\n" + fence + "\n"
}

// longestBacktickRun returns the length of the longest run of backticks in s.
func longestBacktickRun(s string) int {
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
			continue
		}
		run = 0
	}
	return longest
}

// markdownCell returns s fit for a Markdown table cell: pipes escaped and
// line breaks turned into spaces.
func markdownCell(s string) string {
	s = strings.ReplaceAll(s, "\\", "\\\\")
	s = strings.ReplaceAll(s, "|", "\\|")
	s = strings.ReplaceAll(s, "\r\n", " ")
	s = strings.ReplaceAll(s, "\n", " ")
	return strings.ReplaceAll(s, "\r", " ")
}

// ruleHelpMarkdown returns a rule's description, why it matters and its bad
// and good examples as Markdown.
func ruleHelpMarkdown(rule model.RuleInfo) string {
	description, why, bad, good := ruleTexts(rule)
	var b strings.Builder
	if description != "" {
		b.WriteString(description + "\n\n")
	}
	if why != "" {
		b.WriteString("**Why it matters:** " + why + "\n\n")
	}
	if bad != "" {
		b.WriteString("Bad:\n\n" + codeBlock("markdown", bad) + "\n")
	}
	if good != "" {
		b.WriteString("Good:\n\n" + codeBlock("markdown", good) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// ruleHelpText returns the same content as ruleHelpMarkdown as plain text.
func ruleHelpText(rule model.RuleInfo) string {
	description, why, bad, good := ruleTexts(rule)
	var b strings.Builder
	if description != "" {
		b.WriteString(description + "\n\n")
	}
	if why != "" {
		b.WriteString("Why it matters: " + why + "\n\n")
	}
	if bad != "" {
		b.WriteString("Bad:\n" + indentLines(bad, "    ") + "\n\n")
	}
	if good != "" {
		b.WriteString("Good:\n" + indentLines(good, "    ") + "\n\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// indentLines prefixes every non-empty line of s with indent, dropping
// trailing newlines.
func indentLines(s, indent string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, line := range lines {
		if strings.TrimSpace(line) == "" {
			lines[i] = ""
			continue
		}
		lines[i] = indent + line
	}
	return strings.Join(lines, "\n")
}

// ruleTexts returns a rule's description, why, bad and good example with
// surrounding blank space removed.
func ruleTexts(rule model.RuleInfo) (description, why, bad, good string) {
	return strings.TrimSpace(rule.Description), strings.TrimSpace(rule.Why),
		strings.Trim(rule.ExampleBad, "\r\n"), strings.Trim(rule.ExampleGood, "\r\n")
}
