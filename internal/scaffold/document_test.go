package scaffold

import (
	"bytes"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

var update = flag.Bool("update", false, "rewrite golden files")

// referencePath is the ADD template the embedded one is copied from (CI has
// ../shared beside the repository).
var referencePath = filepath.Join("..", "..", "..", "shared", "reference", "add-template.md")

// testTime is a fixed moment, in a zone other than UTC so that the UTC
// conversion is tested: 2026-03-14 01:30:05 UTC.
var testTime = time.Date(2026, 3, 13, 20, 30, 5, 0, time.FixedZone("EST", -5*3600))

// TestTemplateMatchesReference renders the template with the reference's own
// placeholders and checks that it differs from the reference only where
// spec/rules.md ("The scaffold") and the brief want it to.
func TestTemplateMatchesReference(t *testing.T) {
	want, err := os.ReadFile(referencePath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s is absent", referencePath)
	}
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	err = render(&got, values{
		Name:      "[System Name]",
		Date:      "[YYYY-MM-DD]",
		Time:      "[HH:MM:SS UTC]",
		Version:   "[X.Y]",
		Status:    "[Draft | Review | Approved]",
		Architect: "[Name/Team]",
		APITitle:  "[Service Name] API",
	})
	if err != nil {
		t.Fatal(err)
	}
	// The intended changes: placeholders instead of prose for the quality
	// targets (so that perf-target-numeric leaves them to the placeholder
	// rule). The API title is rendered unquoted here, as in the reference.
	changed := map[string]string{
		"- **Quality Attributes**: Performance, scalability, security, maintainability goals": "- **Quality Attributes**: [performance, availability and security targets]",
		"- **Non-Functional Requirements**: Performance, security, reliability targets":       "- **Non-Functional Requirements**: [p95 latency, throughput and availability targets]",
	}
	wantLines := strings.Split(string(want), "\n")
	gotLines := strings.Split(got.String(), "\n")
	if len(gotLines) != len(wantLines) {
		t.Fatalf("rendered template has %d lines, the reference %d", len(gotLines), len(wantLines))
	}
	seen := 0
	for i, line := range wantLines {
		expected := line
		if replacement, ok := changed[line]; ok {
			expected = replacement
			seen++
		}
		if gotLines[i] != expected {
			t.Errorf("line %d:\n got %q\nwant %q", i+1, gotLines[i], expected)
		}
	}
	if seen != len(changed) {
		t.Errorf("found %d of the %d lines the scaffold changes in the reference", seen, len(changed))
	}
}

func TestWriteDocumentMetadata(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteDocument(&buf, Options{Name: "  Payments Gateway ", Architect: "Jane Doe / Platform Team", Now: testTime}); err != nil {
		t.Fatal(err)
	}
	head := strings.Join(strings.SplitN(buf.String(), "\n", 8)[:7], "\n")
	want := `# Architecture Design Document: Payments Gateway

**Date**: 2026-03-14
**Time**: 01:30:05 UTC
**Version**: 0.1
**Status**: Draft
**Architect**: Jane Doe / Platform Team`
	if head != want {
		t.Errorf("head of the document:\n%s\nwant:\n%s", head, want)
	}
	if !strings.Contains(buf.String(), "\n  title: \"Payments Gateway API\"\n") {
		t.Error("the example API is not titled after the system")
	}
}

func TestWriteDocumentKeepsPlaceholdersWithoutNames(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteDocument(&buf, Options{Now: testTime}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"# Architecture Design Document: [System Name]\n",
		"**Architect**: [Name/Team]\n",
		"  title: \"[Service Name] API\"\n",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("document lacks %q", want)
		}
	}
}

func TestWriteDocumentGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteDocument(&buf, Options{Name: "Payments Gateway", Architect: "Jane Doe", Now: testTime}); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "payments-gateway.golden.md")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("output differs from %s; if the change is intended, run: go test ./internal/scaffold -update", golden)
	}
}

func TestWriteDocumentRefusesMultiLineValues(t *testing.T) {
	for _, opts := range []Options{
		{Name: "Payments\n## Injected"},
		{Architect: "Jane\rDoe"},
		{Name: "Tab\tName"},
	} {
		var buf bytes.Buffer
		err := WriteDocument(&buf, opts)
		if err == nil {
			t.Errorf("WriteDocument(%+v) succeeded, want an error", opts)
			continue
		}
		if !strings.Contains(err.Error(), "one line") {
			t.Errorf("WriteDocument(%+v) error %q does not say what is wrong", opts, err)
		}
		if buf.Len() != 0 {
			t.Errorf("WriteDocument(%+v) wrote %d bytes before failing", opts, buf.Len())
		}
	}
}

// TestAPITitleParsesAsYAML checks that names with YAML-significant
// characters still give an example specification that parses, with the
// name as its title.
func TestAPITitleParsesAsYAML(t *testing.T) {
	for _, name := range []string{
		"",
		"Payments",
		`Quote "and" backslash \ `,
		"Colon: hash # and [brackets]",
		"R&D <Platform>",
		"{flow}, *star, &anchor, !tag, 'single'",
		"Zürich Ünïcode 支付",
	} {
		var buf bytes.Buffer
		if err := WriteDocument(&buf, Options{Name: name, Now: testTime}); err != nil {
			t.Fatal(err)
		}
		block := openAPIBlock(t, buf.String())
		var spec struct {
			Info struct {
				Title string `yaml:"title"`
			} `yaml:"info"`
		}
		if err := yaml.Unmarshal([]byte(block), &spec); err != nil {
			t.Errorf("name %q: the OpenAPI block does not parse: %v", name, err)
			continue
		}
		want := strings.TrimSpace(name) + " API"
		if strings.TrimSpace(name) == "" {
			want = ServicePlaceholder + " API"
		}
		if spec.Info.Title != want {
			t.Errorf("name %q: API title %q, want %q", name, spec.Info.Title, want)
		}
	}
}

// openAPIBlock returns the body of the yaml block starting with "openapi:".
func openAPIBlock(t *testing.T, doc string) string {
	t.Helper()
	start := strings.Index(doc, "```yaml\nopenapi:")
	if start < 0 {
		t.Fatal("no OpenAPI block in the document")
	}
	body := doc[start+len("```yaml\n"):]
	end := strings.Index(body, "\n```")
	if end < 0 {
		t.Fatal("the OpenAPI block is not closed")
	}
	return body[:end]
}
