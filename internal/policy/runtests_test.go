package policy_test

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/policies"
)

// outcomes maps "package.name" to "pass", "fail", "skip" or "error: ...".
func outcomes(results []policy.TestResult) map[string]string {
	out := map[string]string{}
	for _, r := range results {
		outcome := "pass"
		switch {
		case r.Err != "":
			outcome = "error: " + r.Err
		case r.Fail:
			outcome = "fail"
		case r.Skip:
			outcome = "skip"
		case !r.Pass:
			outcome = "not passed"
		}
		out[r.Package+"."+r.Name] = outcome
	}
	return out
}

func TestRunTestsRunsCustomPolicyTests(t *testing.T) {
	dir := filepath.Join(testPolicies, "custom")
	results, err := policy.RunTests(context.Background(), policy.Options{Bundle: policies.FS}, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	pkg := `data.addlint.rules.custom["no-kafka_test"]`
	want := map[string]string{
		pkg + ".test_kafka_is_reported":                    "pass",
		pkg + ".test_other_technologies_pass":              "pass",
		pkg + ".test_kafka_outside_the_stack_table_passes": "pass",
	}
	if got := outcomes(results); !reflect.DeepEqual(got, want) {
		t.Errorf("outcomes =\n%v\nwant\n%v", got, want)
	}
	wantFile := filepath.ToSlash(filepath.Join(dir, "no-kafka", "no_kafka_test.rego"))
	for _, r := range results {
		if r.File != wantFile || r.Line < 1 {
			t.Errorf("%s is at %s:%d, want %s", r.Name, r.File, r.Line, wantFile)
		}
	}
}

func TestRunTestsReportsFailures(t *testing.T) {
	results, err := policy.RunTests(context.Background(), policy.Options{Bundle: policies.FS}, []string{filepath.Join(testPolicies, "failing-test")})
	if err != nil {
		t.Fatal(err)
	}
	pkg := "data.addlint.rules.custom.always_wrong_test"
	want := map[string]string{pkg + ".test_expects_the_impossible": "fail", pkg + ".test_passes": "pass"}
	if got := outcomes(results); !reflect.DeepEqual(got, want) {
		t.Errorf("outcomes = %v, want %v", got, want)
	}
	for _, r := range results {
		if r.Fail && !strings.Contains(r.Output, "about to fail") {
			t.Errorf("output of the failing test = %q, want its print output", r.Output)
		}
	}
}

func TestRunTestsUsesPolicyDirsByDefault(t *testing.T) {
	opts := policy.Options{Bundle: policies.FS, PolicyDirs: []string{filepath.Join(testPolicies, "failing-test")}}
	results, err := policy.RunTests(context.Background(), opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != 2 {
		t.Errorf("got %d results, want the 2 tests of the policy directory", len(results))
	}
}

func TestRunTestsAppliesTheSandbox(t *testing.T) {
	_, err := policy.RunTests(context.Background(), policy.Options{Bundle: policies.FS}, []string{filepath.Join(testPolicies, "sandbox", "http-send")})
	if err == nil || !strings.Contains(err.Error(), "builtin http.send is not allowed") {
		t.Errorf("error = %v, want the sandbox to refuse http.send", err)
	}
}

func TestRunTestsNeedsAPath(t *testing.T) {
	if _, err := policy.RunTests(context.Background(), policy.Options{Bundle: policies.FS}, nil); err == nil {
		t.Error("RunTests without any path returned no error")
	}
}

// kafkaDocument is a small ADD whose stack table picks Kafka on line 7.
func kafkaDocument() *model.Document {
	doc := model.NewDocument("events.md")
	doc.Status = "draft"
	doc.Sections = []model.Section{{
		ID: "technology-stack-decisions", Slug: "technology-stack-decisions", Title: "Technology Stack Decisions",
		Level: 2, Path: []string{"Technology Stack Decisions"}, Line: 3, Column: 1, EndLine: 7, HasContent: true,
	}}
	doc.Tables = []model.Table{{
		Section: "technology-stack-decisions", Line: 5, EndLine: 7,
		Header: []string{"Component", "Technology", "Rationale"}, Columns: []string{"component", "technology", "rationale"},
		Rows: []model.TableRow{{
			Line: 7, Cells: []string{"Events", "Kafka", "Durable, replayable event log"}, CellColumns: []int{3, 12, 20},
			Columns: map[string]string{"component": "Events", "technology": "Kafka", "rationale": "Durable, replayable event log"},
		}},
	}}
	return doc
}

func TestCustomPolicyEndToEnd(t *testing.T) {
	engine, err := policy.New(context.Background(), policy.Options{
		Bundle:     policies.FS,
		PolicyDirs: []string{filepath.Join(testPolicies, "custom")},
	})
	if err != nil {
		t.Fatal(err)
	}
	findings, err := engine.Eval(context.Background(), kafkaDocument())
	if err != nil {
		t.Fatal(err)
	}
	want := model.Finding{
		Rule: "no-kafka", Severity: "warning", Gate: "stack-justified", Section: "technology-stack-decisions",
		Message: `Technology "Kafka" is not operated here: use the managed event bus`,
		Line:    7, Column: 1, EndLine: 7, EndColumn: 49,
	}
	var got []model.Finding
	for _, f := range findings {
		if f.Rule == "no-kafka" {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0] != want {
		t.Errorf("no-kafka findings = %+v\nwant [%+v]", got, want)
	}
	var info *model.RuleInfo
	for _, rule := range engine.Rules() {
		if rule.ID == "no-kafka" {
			info = &rule
		}
	}
	if info == nil || info.Builtin || info.Title != "No Kafka" || info.Severity != "warning" || info.ExampleBad == "" {
		t.Errorf("Rules() lists no-kafka as %+v", info)
	}
}
