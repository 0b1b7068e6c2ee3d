package lint_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/addlint/addlint/internal/lint"
	"github.com/addlint/addlint/internal/markdown"
	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/internal/report"
	"github.com/addlint/addlint/policies"
)

// builtinEngine returns an engine over the built-in bundle with opts' limits,
// failing tb when the bundle does not compile.
func builtinEngine(tb testing.TB, opts policy.Options) *policy.Engine {
	tb.Helper()
	opts.Bundle = policies.FS
	engine, err := policy.New(context.Background(), opts)
	if err != nil {
		tb.Fatalf("policy.New: %v", err)
	}
	return engine
}

// ruleIDs lists the ids of the engine's rules.
func ruleIDs(engine *policy.Engine) []string {
	var ids []string
	for _, r := range engine.Rules() {
		ids = append(ids, r.ID)
	}
	return ids
}

// parsedDocs remembers the document the real parser built for each path, so
// that tests can look at the model behind a result.
type parsedDocs struct {
	mu   sync.Mutex
	docs map[string]*model.Document
	errs map[string]error
}

// parse is a lint.ParseFunc: markdown.Parse, remembering its result.
func (p *parsedDocs) parse(path string, src []byte) (*model.Document, error) {
	doc, err := markdown.Parse(path, src)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.docs == nil {
		p.docs, p.errs = map[string]*model.Document{}, map[string]error{}
	}
	p.docs[path], p.errs[path] = doc, err
	return doc, err
}

// doc returns the document parsed for path, or nil.
func (p *parsedDocs) doc(path string) *model.Document {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.docs[path]
}

// renderAll writes in in every report format.
func renderAll(in report.Input) (map[string][]byte, error) {
	outputs := map[string][]byte{}
	for _, format := range report.Formats() {
		writer, err := report.New(format, report.Options{})
		if err != nil {
			return nil, err
		}
		var buf bytes.Buffer
		if err := writer.Write(&buf, in); err != nil {
			return nil, fmt.Errorf("%s: %w", format, err)
		}
		outputs[format] = buf.Bytes()
	}
	return outputs, nil
}

// reportProblems checks the outputs of renderAll: JSON and SARIF are valid
// JSON documents of the expected shape, JUnit and Checkstyle well-formed XML,
// and every line of the GitHub format a workflow command.
func reportProblems(outputs map[string][]byte) []string {
	var problems []string
	var parsed struct {
		Version any `json:"version"`
	}
	for _, format := range []string{report.FormatJSON, report.FormatSARIF} {
		if err := json.Unmarshal(outputs[format], &parsed); err != nil || parsed.Version == nil {
			problems = append(problems, fmt.Sprintf("%s: not a valid report (%v)", format, err))
		}
	}
	for _, format := range []string{report.FormatJUnit, report.FormatCheckstyle} {
		if err := wellFormedXML(outputs[format]); err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", format, err))
		}
	}
	for line := range strings.Lines(string(outputs[report.FormatGitHub])) {
		if !strings.HasPrefix(line, "::") {
			problems = append(problems, fmt.Sprintf("github: a line is not a workflow command: %q", line))
			break
		}
	}
	if len(outputs[report.FormatText]) == 0 {
		problems = append(problems, "text: empty report")
	}
	return problems
}

// wellFormedXML reads every token of doc.
func wellFormedXML(doc []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(doc))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("not well-formed XML: %w", err)
		}
	}
}

// findingProblems checks that every finding of file lies within the lines of
// doc (line 1 for an empty document) and has a rule, a severity and a
// message.
func findingProblems(file model.FileResult, doc *model.Document) []string {
	var problems []string
	last := max(doc.Lines, 1)
	for _, f := range file.Findings {
		switch {
		case f.Line < 1 || f.Line > last || f.EndLine < f.Line || f.EndLine > last:
			problems = append(problems, fmt.Sprintf("%s: lines %d-%d outside 1..%d", f.Rule, f.Line, f.EndLine, last))
		case f.Column < 1 || (f.EndLine == f.Line && f.EndColumn < f.Column):
			problems = append(problems, fmt.Sprintf("%s: columns %d-%d at line %d", f.Rule, f.Column, f.EndColumn, f.Line))
		case f.Rule == "" || model.SeverityRank(f.Severity) == 0 || f.Message == "":
			problems = append(problems, fmt.Sprintf("incomplete finding %+v", f))
		}
	}
	return problems
}

// reportInput is the report of a run.
func reportInput(res *lint.Result, engine *policy.Engine) report.Input {
	return report.Input{
		Files:  res.Files,
		Errors: res.Errors,
		Rules:  engine.Rules(),
		Tool:   report.ToolInfo{Name: "addlint", Version: "test"},
	}
}
