package report

import (
	"encoding/xml"
	"fmt"
	"io"

	"github.com/addlint/addlint/internal/model"
)

// junitSuites is the root element of a JUnit XML report.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

// junitSuite is one file.
type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

// junitCase is one rule that reported on a file, or the passing "addlint"
// case of a clean file.
type junitCase struct {
	Name      string         `xml:"name,attr"`
	Classname string         `xml:"classname,attr"`
	Failures  []junitProblem `xml:"failure"`
	Errors    []junitProblem `xml:"error"`
}

// junitProblem is a failure (a finding) or an error (a file that could not
// be linted).
type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// junitPassName names the passing case of a file without findings and the
// case holding a file's error.
const junitPassName = "addlint"

// junitWriter writes JUnit XML.
type junitWriter struct{}

// Write writes one testsuite per linted file, with one testcase per rule
// that reported and one failure per finding, and one testsuite with an error
// per file that could not be linted.
func (junitWriter) Write(w io.Writer, in Input) error {
	root := junitSuites{Name: junitPassName}
	for _, file := range in.Files {
		suite := junitFileSuite(file)
		root.Suites = append(root.Suites, suite)
		root.Tests += suite.Tests
		root.Failures += suite.Failures
	}
	for _, fileErr := range in.Errors {
		root.Suites = append(root.Suites, junitSuite{
			Name:   fileErr.Path,
			Tests:  1,
			Errors: 1,
			Cases: []junitCase{{
				Name:      junitPassName,
				Classname: fileErr.Path,
				Errors:    []junitProblem{{Message: fileErr.Message, Type: "file-error", Text: fileErr.Message}},
			}},
		})
		root.Tests++
		root.Errors++
	}
	return encodeXML(w, root)
}

// junitFileSuite returns the testsuite of one file: its rules in the order
// of their first finding.
func junitFileSuite(file model.FileResult) junitSuite {
	suite := junitSuite{Name: file.Path}
	caseOf := map[string]int{}
	for _, f := range file.Findings {
		i, ok := caseOf[f.Rule]
		if !ok {
			i = len(suite.Cases)
			caseOf[f.Rule] = i
			suite.Cases = append(suite.Cases, junitCase{Name: f.Rule, Classname: file.Path})
		}
		suite.Cases[i].Failures = append(suite.Cases[i].Failures, junitFailure(file.Path, f))
		suite.Failures++
	}
	if len(suite.Cases) == 0 {
		suite.Cases = []junitCase{{Name: junitPassName, Classname: file.Path}}
	}
	suite.Tests = len(suite.Cases)
	return suite
}

// junitFailure returns the failure of one finding: "line:col message" as the
// message and the full location, severity and rule as the text.
func junitFailure(path string, f model.Finding) junitProblem {
	message := f.Message
	if position := lineColumn(f.Line, f.Column); position != "" {
		message = position + " " + message
	}
	return junitProblem{
		Message: message,
		Type:    f.Severity,
		Text:    fmt.Sprintf("%s: %s: %s [%s]", location(path, f.Line, f.Column), f.Severity, f.Message, f.Rule),
	}
}

// encodeXML writes the XML declaration, v indented by two spaces and a
// newline.
func encodeXML(w io.Writer, v any) error {
	out := &stickyWriter{w: w}
	out.print(xml.Header)
	if out.err != nil {
		return out.err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write XML report: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write XML report: %w", err)
	}
	out.print("\n")
	return out.err
}
