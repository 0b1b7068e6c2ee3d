package lint

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync/atomic"

	"github.com/addlint/addlint/internal/model"
)

// fakeRules are the rule ids the fake engine knows, with their default
// severities.
var fakeRules = map[string]string{
	"placeholder":         model.SeverityWarning,
	"title":               model.SeverityError,
	"required-section":    model.SeverityError,
	"stack-alternatives":  model.SeverityWarning,
	"code-block-language": model.SeverityInfo,
}

// fakeRuleIDs lists fakeRules' ids.
func fakeRuleIDs() []string {
	ids := make([]string, 0, len(fakeRules))
	for id := range fakeRules {
		ids = append(ids, id)
	}
	return ids
}

var (
	fakeSuppression = regexp.MustCompile(`<!--\s*addlint-(disable-next-line|disable-file|disable|enable)\b([^>]*?)\s*-->`)
	fakeStatus      = regexp.MustCompile(`^\*\*Status\*\*:\s*(\w+)`)
	fakeMarker      = regexp.MustCompile(`!([a-z][a-z-]*)`)
)

// fakeParse is a tiny stand-in for markdown.Parse: the first "# " line is
// the title, "type: x" inside leading --- lines is front matter,
// "**Status**: X" sets the status, "!rule-id" markers become placeholders
// (fakeEngine reports them), and addlint comments become resolved
// suppressions. A line "PARSE-ERROR" fails the parse and "PANIC" panics.
func fakeParse(path string, src []byte) (*model.Document, error) {
	doc := model.NewDocument(path)
	lines := strings.Split(string(src), "\n")
	doc.Lines = len(lines)
	inFrontMatter := len(lines) > 0 && lines[0] == "---"
	var open []int // indexes of disable suppressions still open
	for i, line := range lines {
		n := i + 1
		switch {
		case line == "PARSE-ERROR":
			return nil, fmt.Errorf("line %d: cannot parse", n)
		case line == "PANIC":
			panic("fake parser panic")
		case inFrontMatter && i > 0 && line == "---":
			inFrontMatter = false
		case inFrontMatter && strings.HasPrefix(line, "type:"):
			doc.FrontMatter = map[string]any{"type": strings.TrimSpace(strings.TrimPrefix(line, "type:"))}
		case strings.HasPrefix(line, "# ") && doc.Title == nil:
			doc.Title = &model.Title{Text: strings.TrimPrefix(line, "# "), Line: n, Column: 1}
			doc.Sections = append(doc.Sections, model.Section{ID: "title", Level: 1, Line: n, EndLine: len(lines)})
		case strings.HasPrefix(line, "## "):
			doc.Sections = append(doc.Sections, model.Section{ID: "s" + fmt.Sprint(n), Level: 2, Line: n, EndLine: len(lines)})
		}
		for _, loc := range fakeMarker.FindAllStringSubmatchIndex(line, -1) {
			doc.Placeholders = append(doc.Placeholders, model.Placeholder{Text: line[loc[2]:loc[3]], Line: n, Column: loc[0] + 1})
		}
		if m := fakeStatus.FindStringSubmatch(line); m != nil {
			doc.Status = strings.ToLower(m[1])
		}
		for _, loc := range fakeSuppression.FindAllStringSubmatchIndex(line, -1) {
			s := model.Suppression{Kind: line[loc[2]:loc[3]], Line: n, Column: loc[0] + 1, Rules: []string{}}
			for _, id := range strings.Split(line[loc[4]:loc[5]], ",") {
				if id = strings.TrimSpace(id); id != "" {
					s.Rules = append(s.Rules, id)
				}
			}
			switch s.Kind {
			case model.SuppressDisableNextLine:
				s.FromLine, s.ToLine = n+1, n+1
			case model.SuppressDisableFile:
				s.FromLine, s.ToLine = 1, len(lines)
			case model.SuppressDisable:
				s.FromLine, s.ToLine = n, len(lines)
				open = append(open, len(doc.Suppressions))
			case model.SuppressEnable:
				for _, j := range open {
					doc.Suppressions[j].ToLine = n - 1
				}
				open = nil
			}
			doc.Suppressions = append(doc.Suppressions, s)
		}
	}
	return doc, nil
}

// fakeEngine reports one finding per "!rule-id" marker, which fakeParse
// records as a placeholder. "!eval-error" makes Eval fail and "!block" waits
// until ctx is done.
type fakeEngine struct {
	calls atomic.Int64
}

// Eval implements Evaluator.
func (e *fakeEngine) Eval(ctx context.Context, doc *model.Document) ([]model.Finding, error) {
	e.calls.Add(1)
	var findings []model.Finding
	for _, p := range doc.Placeholders {
		switch p.Text {
		case "eval-error":
			return nil, errors.New("rego: evaluation timed out after 5s")
		case "block":
			<-ctx.Done()
			return nil, ctx.Err()
		}
		severity, ok := fakeRules[p.Text]
		if !ok {
			continue
		}
		findings = append(findings, model.Finding{
			Rule: p.Text, Severity: severity, Message: "bad " + p.Text,
			Line: p.Line, Column: p.Column, EndLine: p.Line, EndColumn: p.Column + len(p.Text) + 1,
			Gate: "complete",
		})
	}
	return findings, nil
}
