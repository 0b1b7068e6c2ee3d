package policy

import (
	"reflect"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/addlint/addlint/internal/model"
)

func testEngine() *Engine {
	return &Engine{catalog: ruleCatalog{locations: map[string]string{"known": "rules/known.rego:3"}}}
}

func TestFindingDefaults(t *testing.T) {
	got, err := testEngine().finding(ast.MustParseTerm(`{"rule": "known", "severity": "info", "message": "m", "line": 4}`).Value)
	if err != nil {
		t.Fatal(err)
	}
	want := model.Finding{Rule: "known", Severity: "info", Message: "m", Line: 4, Column: 1, EndLine: 4, EndColumn: 1}
	if got != want {
		t.Errorf("finding = %+v, want %+v", got, want)
	}
}

func TestFindingKeepsEveryField(t *testing.T) {
	got, err := testEngine().finding(ast.MustParseTerm(`{"rule": "r", "severity": "warning", "message": "m", "line": 4, "column": 2, "end_line": 5, "end_column": 9, "section": "a/b", "gate": "g"}`).Value)
	if err != nil {
		t.Fatal(err)
	}
	want := model.Finding{Rule: "r", Severity: "warning", Message: "m", Line: 4, Column: 2, EndLine: 5, EndColumn: 9, Section: "a/b", Gate: "g"}
	if got != want {
		t.Errorf("finding = %+v, want %+v", got, want)
	}
}

func TestMalformedFindings(t *testing.T) {
	cases := []struct {
		finding, want string
	}{
		{`"just a string"`, "a policy reported string instead of a finding object"},
		{`{"severity": "error", "message": "m", "line": 1}`, `without a "rule" string`},
		{`{"rule": 7, "severity": "error", "message": "m", "line": 1}`, `without a "rule" string`},
		{`{"rule": "known", "severity": "fatal", "message": "m", "line": 1}`, `rule "known" (rules/known.rego:3) reported a malformed finding: "severity" must be`},
		{`{"rule": "other", "message": "m", "line": 1}`, `rule "other" reported a malformed finding: "severity"`},
		{`{"rule": "known", "severity": "error", "line": 1}`, `"message" must be a non-empty string`},
		{`{"rule": "known", "severity": "error", "message": "", "line": 1}`, `"message" must be a non-empty string`},
		{`{"rule": "known", "severity": "error", "message": "m"}`, `"line" must be a whole number of at least 1`},
		{`{"rule": "known", "severity": "error", "message": "m", "line": 0}`, `"line" must be a whole number of at least 1`},
		{`{"rule": "known", "severity": "error", "message": "m", "line": 2.5}`, `"line" must be a whole number of at least 1`},
		{`{"rule": "known", "severity": "error", "message": "m", "line": 1, "column": "2"}`, `"column" must be a whole number`},
		{`{"rule": "known", "severity": "error", "message": "m", "line": 1, "end_line": -1}`, `"end_line" must be a whole number`},
		{`{"rule": "known", "severity": "error", "message": "m", "line": 1, "end_column": null}`, `"end_column" must be a whole number`},
		{`{"rule": "known", "severity": "error", "message": "m", "line": 1, "section": 3}`, `"section" must be a string`},
		{`{"rule": "known", "severity": "error", "message": "m", "line": 1, "gate": false}`, `"gate" must be a string`},
	}
	for _, c := range cases {
		_, err := testEngine().finding(ast.MustParseTerm(c.finding).Value)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("finding %s: error = %v\nwant it to contain %q", c.finding, err, c.want)
		}
	}
}

func TestFindingSetMustBeASet(t *testing.T) {
	_, err := testEngine().findingSet(ast.MustParseTerm(`[1]`).Value)
	if err == nil || !strings.Contains(err.Error(), "must be a set of findings, not array") {
		t.Errorf("error = %v", err)
	}
}

func TestSortFindings(t *testing.T) {
	findings := []model.Finding{
		{Rule: "b", Line: 2, Column: 1},
		{Rule: "a", Line: 2, Column: 1, Message: "y"},
		{Rule: "a", Line: 2, Column: 1, Message: "x"},
		{Rule: "z", Line: 1, Column: 9},
		{Rule: "z", Line: 1, Column: 3},
	}
	model.SortFindings(findings)
	want := []model.Finding{
		{Rule: "z", Line: 1, Column: 3},
		{Rule: "z", Line: 1, Column: 9},
		{Rule: "a", Line: 2, Column: 1, Message: "x"},
		{Rule: "a", Line: 2, Column: 1, Message: "y"},
		{Rule: "b", Line: 2, Column: 1},
	}
	if !reflect.DeepEqual(findings, want) {
		t.Errorf("sorted = %+v\nwant %+v", findings, want)
	}
}

func TestCapFindingsLeavesShortListsAlone(t *testing.T) {
	findings := []model.Finding{{Rule: "a", Line: 1}, {Rule: "b", Line: 2}}
	if got := capFindings(findings, 2); !reflect.DeepEqual(got, findings) {
		t.Errorf("capFindings = %+v", got)
	}
}

func TestCapFindingsDoesNotClobberTheInput(t *testing.T) {
	findings := []model.Finding{{Rule: "a", Line: 1}, {Rule: "b", Line: 2}, {Rule: "c", Line: 3, Column: 4, Section: "s"}}
	got := capFindings(findings, 1)
	want := []model.Finding{
		{Rule: "a", Line: 1},
		{Rule: TruncationRule, Severity: "warning", Message: "2 more findings not shown (limit 1)", Line: 2, EndLine: 2, Column: 0, EndColumn: 0},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("capFindings =\n%+v\nwant\n%+v", got, want)
	}
	if findings[1].Rule != "b" {
		t.Errorf("capFindings overwrote its input: %+v", findings)
	}
}
