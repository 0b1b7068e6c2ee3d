package report

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/addlint/addlint/internal/model"
)

// junitSchemaPath is the JUnit schema Jenkins accepts, beside the repository.
var junitSchemaPath = filepath.Join("..", "..", "..", "shared", "schemas", "junit-10.xsd")

// checkWellFormed reads every token of doc and fails on malformed XML.
func checkWellFormed(t *testing.T, doc []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, doc)
		}
	}
}

func TestXMLFormatsAreWellFormed(t *testing.T) {
	for _, format := range []string{FormatJUnit, FormatCheckstyle} {
		for name, in := range map[string]Input{"fixture": fixtureInput(), "empty": {}, "controls": controlInput()} {
			t.Run(format+"/"+name, func(t *testing.T) {
				checkWellFormed(t, render(t, format, Options{}, in))
			})
		}
	}
}

// controlInput has control characters and invalid UTF-8, which XML cannot
// hold, in a path, a rule, a message and a file error.
func controlInput() Input {
	return Input{
		Files: []model.FileResult{{
			Path: "docs/\x01.md",
			Findings: []model.Finding{{
				Rule: "r\x00", Severity: model.SeverityError, Message: "nul \x00 esc \x1b[2J bad \xff\xfe utf8",
				Line: 1, Column: 1,
			}},
		}},
		Errors: []model.FileError{{Path: "docs/\x02.md", Message: "bell \x07"}},
	}
}

func TestCheckWellFormedCanFail(t *testing.T) {
	dec := xml.NewDecoder(bytes.NewReader([]byte(`<a><b></a>`)))
	var err error
	for err == nil {
		_, err = dec.Token()
	}
	if errors.Is(err, io.EOF) {
		t.Error("a mismatched end tag decoded as well-formed")
	}
}

// junitValidate runs xmllint with the JUnit schema on doc.
func junitValidate(t *testing.T, doc []byte) ([]byte, error) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not on PATH (Debian: apt-get install libxml2-utils)")
	}
	if _, err := os.Stat(junitSchemaPath); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("JUnit schema not found at %s", junitSchemaPath)
	}
	file := filepath.Join(t.TempDir(), "junit.xml")
	if err := os.WriteFile(file, doc, 0o600); err != nil {
		t.Fatal(err)
	}
	return exec.Command(xmllint, "--noout", "--schema", junitSchemaPath, file).CombinedOutput()
}

func TestJUnitValidatesAgainstSchema(t *testing.T) {
	for name, in := range map[string]Input{"fixture": fixtureInput(), "empty": {}, "controls": controlInput()} {
		t.Run(name, func(t *testing.T) {
			doc := render(t, FormatJUnit, Options{}, in)
			if out, err := junitValidate(t, doc); err != nil {
				t.Errorf("xmllint rejected the JUnit report: %v\n%s\n%s", err, out, doc)
			}
		})
	}
}

func TestJUnitSchemaRejectsInvalidReport(t *testing.T) {
	doc := render(t, FormatJUnit, Options{}, fixtureInput())
	broken := bytes.Replace(doc, []byte(`<testcase name="title"`), []byte(`<testcase title="title"`), 1)
	if bytes.Equal(doc, broken) {
		t.Fatal("the fixture has no testcase to break")
	}
	if out, err := junitValidate(t, broken); err == nil {
		t.Errorf("xmllint accepted a testcase without a name:\n%s", out)
	}
}

func TestJUnitRoundTrip(t *testing.T) {
	var got junitSuites
	if err := xml.Unmarshal(render(t, FormatJUnit, Options{}, fixtureInput()), &got); err != nil {
		t.Fatal(err)
	}
	if got.Tests != 7 || got.Failures != 5 || got.Errors != 1 || len(got.Suites) != 3 {
		t.Fatalf("totals tests=%d failures=%d errors=%d suites=%d, want 7, 5, 1, 3",
			got.Tests, got.Failures, got.Errors, len(got.Suites))
	}
	in := fixtureInput()
	findings := in.Files[0].Findings
	placeholder := got.Suites[0].Cases[2]
	if placeholder.Name != "placeholder" || len(placeholder.Failures) != 1 {
		t.Fatalf("third case = %+v, want the placeholder rule with one failure", placeholder)
	}
	if want := "5:15 " + findings[2].Message; placeholder.Failures[0].Message != want {
		t.Errorf("failure message %q, want %q", placeholder.Failures[0].Message, want)
	}
	if clean := got.Suites[1].Cases; len(clean) != 1 || clean[0].Name != junitPassName || len(clean[0].Failures) != 0 {
		t.Errorf("clean file cases = %+v, want one passing %q case", clean, junitPassName)
	}
	broken := got.Suites[2]
	if broken.Name != in.Errors[0].Path || len(broken.Cases) != 1 || len(broken.Cases[0].Errors) != 1 ||
		broken.Cases[0].Errors[0].Message != in.Errors[0].Message {
		t.Errorf("file error suite = %+v, want one case with the error", broken)
	}
}

func TestJUnitGroupsFindingsByRule(t *testing.T) {
	in := fixtureInput()
	in.Files[0].Findings = append(in.Files[0].Findings, in.Files[0].Findings[1])
	var got junitSuites
	if err := xml.Unmarshal(render(t, FormatJUnit, Options{}, in), &got); err != nil {
		t.Fatal(err)
	}
	suite := got.Suites[0]
	if suite.Tests != 5 || suite.Failures != 6 {
		t.Errorf("suite tests=%d failures=%d, want 5 and 6", suite.Tests, suite.Failures)
	}
	if title := suite.Cases[1]; title.Name != "title" || len(title.Failures) != 2 {
		t.Errorf("title case = %+v, want two failures", title)
	}
}

func TestCheckstyleRoundTrip(t *testing.T) {
	var got checkstyleRoot
	if err := xml.Unmarshal(render(t, FormatCheckstyle, Options{}, fixtureInput()), &got); err != nil {
		t.Fatal(err)
	}
	in := fixtureInput()
	if got.Version != "4.3" || len(got.Files) != 3 {
		t.Fatalf("version %q with %d files, want 4.3 with 3", got.Version, len(got.Files))
	}
	for i, f := range in.Files[0].Findings {
		e := got.Files[0].Errors[i]
		if e.Message != f.Message || e.Severity != f.Severity || e.Source != "addlint."+f.Rule ||
			e.Line != max(f.Line, 0) || e.Column != max(f.Column, 0) {
			t.Errorf("error %d = %+v, want finding %+v", i, e, f)
		}
	}
	if got.Files[1].Name != "docs/clean-add.md" || len(got.Files[1].Errors) != 0 {
		t.Errorf("clean file = %+v", got.Files[1])
	}
	if got.Files[2].Errors[0].Message != in.Errors[0].Message {
		t.Errorf("file error = %+v", got.Files[2])
	}
}
