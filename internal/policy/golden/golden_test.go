package golden_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/addlint/addlint/internal/markdown"
	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/policies"
)

var update = flag.Bool("update", false, "rewrite golden files")

// reportedByRunner lists the rules that the Go runner reports, not Rego:
// their bad.md cannot break them here.
var reportedByRunner = map[string]bool{"unknown-rule": true}

// repoRoot is the repository root, relative to this package.
const repoRoot = "../../.."

func newEngine(t testing.TB) *policy.Engine {
	t.Helper()
	engine, err := policy.New(context.Background(), policy.Options{Bundle: policies.FS})
	if err != nil {
		t.Fatal(err)
	}
	return engine
}

// lint parses and evaluates one Markdown file; name is the path relative to
// the repository root, as the document's path.
func lint(t testing.TB, engine *policy.Engine, name string) []model.Finding {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(repoRoot, name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := markdown.Parse(name, src)
	if err != nil {
		t.Fatalf("parsing %s: %v", name, err)
	}
	findings, err := engine.Eval(context.Background(), doc)
	if err != nil {
		t.Fatalf("evaluating %s: %v", name, err)
	}
	return findings
}

func rulesOf(findings []model.Finding) map[string]int {
	count := map[string]int{}
	for _, f := range findings {
		count[f.Rule]++
	}
	return count
}

// TestRuleExamples evaluates every testdata/rules/<rule-id>/*.md against its
// golden file testdata/golden/rules/<rule-id>/<name>.json, and checks that
// bad.md breaks the rule and good.md does not.
func TestRuleExamples(t *testing.T) {
	engine := newEngine(t)
	known := map[string]bool{}
	for _, rule := range engine.Rules() {
		known[rule.ID] = true
	}
	examples, err := filepath.Glob(filepath.Join(repoRoot, "testdata/rules/*/*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(examples) == 0 {
		t.Fatal("no testdata/rules/<rule-id>/*.md example")
	}
	for _, example := range examples {
		ruleID := filepath.Base(filepath.Dir(example))
		name := strings.TrimSuffix(filepath.Base(example), ".md")
		t.Run(ruleID+"/"+name, func(t *testing.T) {
			if !known[ruleID] {
				t.Fatalf("testdata/rules/%s: no rule has this id", ruleID)
			}
			findings := lint(t, engine, filepath.ToSlash(filepath.Join("testdata/rules", ruleID, name+".md")))
			switch count := rulesOf(findings)[ruleID]; {
			case name == "bad" && count == 0 && !reportedByRunner[ruleID]:
				t.Errorf("bad.md does not break %s", ruleID)
			case name == "good" && count != 0:
				t.Errorf("good.md still breaks %s %d times", ruleID, count)
			}
			if name == "bad" {
				checkExpected(t, filepath.Join(filepath.Dir(example), "expected.txt"), findings)
			}
			compareGolden(t, filepath.Join(repoRoot, "testdata/golden/rules", ruleID, name+".json"), findings)
		})
	}
}

// expectation is one line of a rule writer's expected.txt.
type expectation struct {
	from, to       int
	severity, rule string
}

func (e expectation) String() string {
	if e.from == e.to {
		return fmt.Sprintf("%d %s %s", e.from, e.severity, e.rule)
	}
	return fmt.Sprintf("%d-%d %s %s", e.from, e.to, e.severity, e.rule)
}

func (e expectation) matches(f model.Finding) bool {
	return e.from <= f.Line && f.Line <= e.to && e.severity == f.Severity && e.rule == f.Rule
}

// readExpectations reads expected.txt: one finding per line as "LINE
// SEVERITY RULE [comment]", where LINE may be a range "FROM-TO"; '#'
// starts a comment line.
func readExpectations(t *testing.T, file string, src []byte) []expectation {
	t.Helper()
	var out []expectation
	for _, line := range strings.Split(string(src), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		if len(fields) < 3 {
			t.Fatalf("%s: %q is not \"LINE SEVERITY RULE\"", file, line)
		}
		from, to, isRange := strings.Cut(fields[0], "-")
		if !isRange {
			to = from
		}
		e := expectation{severity: fields[1], rule: fields[2]}
		var err error
		if e.from, err = strconv.Atoi(from); err == nil {
			e.to, err = strconv.Atoi(to)
		}
		if err != nil {
			t.Fatalf("%s: %q: the line is not a number or a range: %v", file, line, err)
		}
		out = append(out, e)
	}
	return out
}

// checkExpected compares bad.md's findings with the rule writer's
// expected.txt, when there is one. Only the findings of the rules it names
// are compared, in order.
func checkExpected(t *testing.T, file string, findings []model.Finding) {
	t.Helper()
	src, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	want := readExpectations(t, file, src)
	named := map[string]bool{}
	for _, e := range want {
		named[e.rule] = true
	}
	var got []model.Finding
	for _, f := range findings {
		if named[f.Rule] {
			got = append(got, f)
		}
	}
	same := len(got) == len(want)
	for i := 0; same && i < len(got); i++ {
		same = want[i].matches(got[i])
	}
	if !same {
		var gotText, wantText []string
		for _, f := range got {
			gotText = append(gotText, fmt.Sprintf("%d %s %s", f.Line, f.Severity, f.Rule))
		}
		for _, e := range want {
			wantText = append(wantText, e.String())
		}
		t.Errorf("bad.md findings differ from %s:\ngot:\n%s\nwant:\n%s", file, strings.Join(gotText, "\n"), strings.Join(wantText, "\n"))
	}
}

func compareGolden(t *testing.T, golden string, findings []model.Finding) {
	t.Helper()
	got, err := json.MarshalIndent(findings, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o750); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o600); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("findings differ from %s (go test -update rewrites it):\ngot:\n%s", golden, got)
	}
}

// TestTemplateFindings checks that the unfilled ADD template is reported for
// its placeholders, its title and its metadata.
func TestTemplateFindings(t *testing.T) {
	findings := lint(t, newEngine(t), "../shared/reference/add-template.md")
	rules := rulesOf(findings)
	for _, rule := range []string{"placeholder", "title", "metadata-format"} {
		if rules[rule] == 0 {
			t.Errorf("the template gives no %s finding; findings by rule: %v", rule, rules)
		}
	}
}

// TestCompleteDocumentIsClean checks that the complete sample ADD gives no
// error and no warning.
func TestCompleteDocumentIsClean(t *testing.T) {
	for _, f := range lint(t, newEngine(t), "testdata/docs/complete-approved.md") {
		if f.Severity != model.SeverityInfo {
			t.Errorf("line %d: %s %s: %s", f.Line, f.Severity, f.Rule, f.Message)
		}
	}
}

// BenchmarkEval evaluates the whole catalog on one large ADD
// (testdata/docs/huge.md, or the template until it exists).
func BenchmarkEval(b *testing.B) {
	name := "testdata/docs/huge.md"
	if _, err := os.Stat(filepath.Join(repoRoot, name)); err != nil {
		name = "../shared/reference/add-template.md"
	}
	src, err := os.ReadFile(filepath.Join(repoRoot, name))
	if err != nil {
		b.Fatal(err)
	}
	doc, err := markdown.Parse(name, src)
	if err != nil {
		b.Fatal(err)
	}
	engine := newEngine(b)
	ctx := context.Background()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := engine.Eval(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
}
