package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/addlint/addlint/internal/model"
)

// sarifSchemaPath is the official SARIF 2.1.0 schema, beside the repository.
var sarifSchemaPath = filepath.Join("..", "..", "..", "shared", "schemas", "sarif-schema-2.1.0.json")

// compileSarifSchema compiles the SARIF schema with format assertions on,
// or skips the test when the schema is absent.
func compileSarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(sarifSchemaPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("SARIF schema not found at %s", sarifSchemaPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return schema
}

// validateSarif validates a SARIF log against the schema.
func validateSarif(schema *jsonschema.Schema, log []byte) error {
	instance, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		return err
	}
	return schema.Validate(instance)
}

func TestSarifValidatesAgainstSchema(t *testing.T) {
	schema := compileSarifSchema(t)
	inputs := map[string]Input{
		"fixture": fixtureInput(),
		"empty":   {},
		"clean":   {Files: []model.FileResult{{Path: "a.md"}}},
		"odd paths": {Files: []model.FileResult{{Path: "docs/my file.md", Findings: []model.Finding{
			{Rule: "x", Severity: "by-status", Message: "m", Line: 3, Column: 5, EndLine: 2, EndColumn: 1},
		}}, {Path: "/abs/Zoë.md", Findings: []model.Finding{
			{Rule: "x", Severity: model.SeverityInfo, Message: "m", Line: 3, Column: 5, EndLine: 3, EndColumn: 2},
		}}}},
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			out := render(t, FormatSARIF, Options{BaseDir: t.TempDir()}, in)
			if err := validateSarif(schema, out); err != nil {
				t.Errorf("SARIF output is not valid: %v\n%s", err, out)
			}
		})
	}
}

func TestSarifSchemaRejectsInvalidLog(t *testing.T) {
	schema := compileSarifSchema(t)
	out := render(t, FormatSARIF, Options{}, fixtureInput())
	broken := bytes.Replace(out, []byte(`"level": "note"`), []byte(`"level": "fatal"`), 1)
	if bytes.Equal(broken, out) {
		t.Fatal("the fixture has no note-level result to break")
	}
	if err := validateSarif(schema, broken); err == nil {
		t.Error("the schema accepted a result with level \"fatal\"")
	}
}

func TestSarifResultsPointToTheirRules(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal(render(t, FormatSARIF, Options{}, fixtureInput()), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if got, want := len(run.Results), 5; got != want {
		t.Fatalf("%d results, want %d", got, want)
	}
	levels := map[string]string{"error": "error", "warning": "warning", "info": "note"}
	findings := fixtureInput().Files[0].Findings
	for i, result := range run.Results {
		rule := run.Tool.Driver.Rules[result.RuleIndex]
		if rule.ID != result.RuleID {
			t.Errorf("result %d: ruleIndex %d names %q, want %q", i, result.RuleIndex, rule.ID, result.RuleID)
		}
		if want := levels[findings[i].Severity]; result.Level != want {
			t.Errorf("result %d: level %q, want %q", i, result.Level, want)
		}
	}
	if run.Results[0].Locations[0].PhysicalLocation.Region != nil {
		t.Error("a finding without a line has a region")
	}
	if got := run.Tool.Driver.Rules[run.Results[1].RuleIndex].DefaultConfiguration.Level; got != "error" {
		t.Errorf("a rule without metadata has default level %q, want its finding's level error", got)
	}
	if run.Invocations[0].ExecutionSuccessful {
		t.Error("executionSuccessful is true although a file could not be linted")
	}
	if got := len(run.Invocations[0].ToolExecutionNotifications); got != 1 {
		t.Errorf("%d notifications, want 1", got)
	}
}

func TestSarifExecutionSuccessfulWithoutFileErrors(t *testing.T) {
	in := fixtureInput()
	in.Errors = nil
	var log sarifLog
	if err := json.Unmarshal(render(t, FormatSARIF, Options{}, in), &log); err != nil {
		t.Fatal(err)
	}
	if !log.Runs[0].Invocations[0].ExecutionSuccessful {
		t.Error("executionSuccessful is false without file errors")
	}
}

func TestSarifRegion(t *testing.T) {
	tests := []struct {
		name    string
		finding model.Finding
		want    *sarifRegion
	}{
		{"unknown line", model.Finding{Column: 3, EndLine: 2, EndColumn: 4}, nil},
		{"full", model.Finding{Line: 2, Column: 3, EndLine: 4, EndColumn: 1}, &sarifRegion{2, 3, 4, 1}},
		{"line only", model.Finding{Line: 7}, &sarifRegion{StartLine: 7}},
		{"end before start", model.Finding{Line: 7, Column: 2, EndLine: 6, EndColumn: 9}, &sarifRegion{StartLine: 7, StartColumn: 2}},
		{"end column before start column", model.Finding{Line: 7, Column: 5, EndLine: 7, EndColumn: 4}, &sarifRegion{StartLine: 7, StartColumn: 5, EndLine: 7}},
		{"negative column", model.Finding{Line: 1, Column: -1, EndLine: 1, EndColumn: 3}, &sarifRegion{StartLine: 1, EndLine: 1, EndColumn: 3}},
	}
	for _, tt := range tests {
		got := newSarifRegion(tt.finding)
		if (got == nil) != (tt.want == nil) || got != nil && *got != *tt.want {
			t.Errorf("%s: region %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestSarifArtifact(t *testing.T) {
	tests := []struct {
		path string
		want sarifArtifactLocation
	}{
		{"docs/a.md", sarifArtifactLocation{URI: "docs/a.md", URIBaseID: srcRoot}},
		{"./docs/my file.md", sarifArtifactLocation{URI: "docs/my%20file.md", URIBaseID: srcRoot}},
		{"docs/café#1.md", sarifArtifactLocation{URI: "docs/caf%C3%A9%231.md", URIBaseID: srcRoot}},
		{"a:b.md", sarifArtifactLocation{URI: "./a:b.md", URIBaseID: srcRoot}},
		{"../other/a.md", sarifArtifactLocation{URI: "../other/a.md", URIBaseID: srcRoot}},
		{"/abs/a.md", sarifArtifactLocation{URI: "file:///abs/a.md"}},
		{"C:/repo/a.md", sarifArtifactLocation{URI: "file:///C:/repo/a.md"}},
	}
	for _, tt := range tests {
		if got := newSarifArtifact(tt.path); got != tt.want {
			t.Errorf("newSarifArtifact(%q) = %+v, want %+v", tt.path, got, tt.want)
		}
	}
}

func TestSarifBaseDir(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the expected URI is written for slash-rooted paths")
	}
	out := render(t, FormatSARIF, Options{BaseDir: "/work/my repo"}, fixtureInput())
	if !strings.Contains(string(out), `"%SRCROOT%": {
          "uri": "file:///work/my%20repo/"
        }`) {
		t.Errorf("originalUriBaseIds does not declare the base directory:\n%s", out)
	}
	if strings.Contains(string(render(t, FormatSARIF, Options{}, fixtureInput())), "originalUriBaseIds") {
		t.Error("originalUriBaseIds is present without a base directory")
	}
}

func TestPascalCase(t *testing.T) {
	for id, want := range map[string]string{
		"stack-rationale":     "StackRationale",
		"title":               "Title",
		"code-block-language": "CodeBlockLanguage",
		"-odd--id-":           "OddId",
		"élan-vital":          "ÉlanVital",
		"":                    "",
	} {
		if got := pascalCase(id); got != want {
			t.Errorf("pascalCase(%q) = %q, want %q", id, got, want)
		}
	}
}
