package policy_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/internal/policy"
)

func sectionsDoc(titles ...string) *model.Document {
	doc := model.NewDocument("doc.md")
	for i, title := range titles {
		// Listed bottom-up so that sorting is observable.
		line := 10 * (len(titles) - i)
		doc.Sections = append(doc.Sections, model.Section{ID: strings.ToLower(title), Title: title, Level: 2, Line: line, Column: 1})
	}
	return doc
}

func TestEvalReturnsSortedFindings(t *testing.T) {
	engine := newEngine(t, policy.Options{}, "echo")
	findings, err := engine.Eval(context.Background(), sectionsDoc("Gamma", "Beta", "Alpha"))
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Finding{
		{Rule: "echo", Severity: "info", Message: "Alpha", Line: 10, Column: 1, EndLine: 10, EndColumn: 1, Section: "alpha"},
		{Rule: "echo", Severity: "info", Message: "Beta", Line: 20, Column: 1, EndLine: 20, EndColumn: 1, Section: "beta"},
		{Rule: "echo", Severity: "info", Message: "Gamma", Line: 30, Column: 1, EndLine: 30, EndColumn: 1, Section: "gamma"},
	}
	if !reflect.DeepEqual(findings, want) {
		t.Errorf("findings =\n%+v\nwant\n%+v", findings, want)
	}
}

func TestEvalWithoutFindingsIsEmptyNotNil(t *testing.T) {
	engine := newEngine(t, policy.Options{}, "echo")
	findings, err := engine.Eval(context.Background(), model.NewDocument("empty.md"))
	if err != nil {
		t.Fatal(err)
	}
	if findings == nil || len(findings) != 0 {
		t.Errorf("findings = %#v, want an empty list", findings)
	}
}

func TestEvalRefusesNilDocument(t *testing.T) {
	engine := newEngine(t, policy.Options{}, "echo")
	if _, err := engine.Eval(context.Background(), nil); err == nil {
		t.Error("Eval(nil) returned no error")
	}
}

func TestEvalIsSafeForConcurrentUse(t *testing.T) {
	engine := newEngine(t, policy.Options{}, "echo")
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 16 {
		wg.Go(func() {
			titles := make([]string, i+1)
			for j := range titles {
				titles[j] = "S" + strings.Repeat("x", j)
			}
			findings, err := engine.Eval(context.Background(), sectionsDoc(titles...))
			if err == nil && len(findings) != i+1 {
				err = io.ErrUnexpectedEOF
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("concurrent Eval: %v", err)
		}
	}
}

func TestPrintNeverReachesStdout(t *testing.T) {
	engine := newEngine(t, policy.Options{}, "echo")
	reader, writer, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = writer
	_, evalErr := engine.Eval(context.Background(), sectionsDoc("Printed"))
	os.Stdout = stdout
	if err := writer.Close(); err != nil {
		t.Fatal(err)
	}
	printed, err := io.ReadAll(reader)
	if err != nil {
		t.Fatal(err)
	}
	if evalErr != nil {
		t.Fatal(evalErr)
	}
	if len(printed) != 0 {
		t.Errorf("Eval wrote %q to standard output", printed)
	}
}

func TestUserDataMergesOverBundleData(t *testing.T) {
	cases := []struct {
		name      string
		dataFiles []string
		want      string
	}{
		{"built-in only", nil, `{"columns":{"technology":["technology","tech"]},"fillers":["-","n/a"]}`},
		{
			"user data over it",
			[]string{filepath.Join(testPolicies, "data", "override.yaml")},
			`{"columns":{"rationale":["why"],"technology":["technology","tech"]},"fillers":["tbd"]}`,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			engine := newEngine(t, policy.Options{DataFiles: c.dataFiles}, "data-echo")
			findings, err := engine.Eval(context.Background(), model.NewDocument("doc.md"))
			if err != nil {
				t.Fatal(err)
			}
			if len(findings) != 1 || findings[0].Message != c.want {
				t.Errorf("profile = %+v\nwant %s", findings, c.want)
			}
		})
	}
}

func TestDataFileErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	cases := []struct {
		file, want string
	}{
		{write("list.yaml", "- a\n- b\n"), "must be an object"},
		{write("broken.json", `{"a": `), "broken.json: invalid JSON"},
		{write("broken.yaml", "a: [1\n"), "broken.yaml: invalid YAML"},
		{filepath.Join(dir, "missing.yaml"), "missing.yaml"},
	}
	for _, c := range cases {
		_, err := policy.New(context.Background(), policy.Options{Bundle: entryBundle(), DataFiles: []string{c.file}})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("data file %s: error = %v, want it to contain %q", filepath.Base(c.file), err, c.want)
		}
	}
}

func TestRulesComeFromMetadata(t *testing.T) {
	engine := newEngine(t, policy.Options{}, "meta")
	want := []model.RuleInfo{
		{ID: "bare-rule", Title: "bare-rule", Gate: "custom", Severity: "error"},
		{
			ID: "documented-rule", Title: "Documented rule", Gate: "docs", Severity: "status-scaled",
			Description: "Reports nothing; its METADATA is read by Engine.Rules.",
			Why:         "Metadata is how users learn about a rule.", ExampleBad: "bad", ExampleGood: "good",
		},
		{
			ID: "scoped-rule", Title: "Rule-scoped metadata", Gate: "docs", Severity: "info",
			Description: "Its METADATA sits on report rather than on the package.",
		},
	}
	if got := engine.Rules(); !reflect.DeepEqual(got, want) {
		t.Errorf("Rules() =\n%+v\nwant\n%+v", got, want)
	}
}

func TestBuiltinFlagFollowsTheSource(t *testing.T) {
	bundle := fstest.MapFS{
		"addlint/main/main.rego":      {Data: readFile(t, filepath.Join(testPolicies, "entry/addlint/main/main.rego"))},
		"addlint/rules/in/built.rego": {Data: []byte("package addlint.rules.in.built\n\nreport contains \"never\" if false\n")},
	}
	engine := newEngine(t, policy.Options{Bundle: bundle}, "meta")
	builtin := map[string]bool{}
	for _, rule := range engine.Rules() {
		builtin[rule.ID] = rule.Builtin
	}
	if want := map[string]bool{"built": true, "bare-rule": false, "documented-rule": false, "scoped-rule": false}; !reflect.DeepEqual(builtin, want) {
		t.Errorf("builtin flags = %v, want %v", builtin, want)
	}
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestNewErrors(t *testing.T) {
	main := readFile(t, filepath.Join(testPolicies, "entry/addlint/main/main.rego"))
	rule := func(pkg, id string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("# METADATA\n# custom:\n#   id: " + id + "\npackage " + pkg + "\n\nreport contains \"never\" if false\n")}
	}
	cases := []struct {
		name   string
		bundle fstest.MapFS
		dirs   []string
		want   string
	}{
		{"no entry point", fstest.MapFS{"addlint/lib/x.rego": {Data: []byte("package addlint.lib\n")}}, nil, "no policy defines package addlint.main"},
		{"syntax error", fstest.MapFS{"addlint/main/main.rego": {Data: main}}, []string{"syntax-error"}, "syntax-error/broken.rego:4: rego_parse_error: non-terminated string"},
		{"duplicate id", fstest.MapFS{
			"addlint/main/main.rego":   {Data: main},
			"addlint/rules/a/one.rego": rule(`addlint.rules.a.one`, "same"),
			"addlint/rules/b/two.rego": rule(`addlint.rules.b.two`, "same"),
		}, nil, `rule id "same" is defined twice: at addlint/rules/a/one.rego:4 and at addlint/rules/b/two.rego:4`},
		{"too deep", fstest.MapFS{
			"addlint/main/main.rego":   {Data: main},
			"addlint/rules/a/b/c.rego": rule(`addlint.rules.a.b.c`, "deep"),
		}, nil, "addlint/rules/a/b/c.rego:4: package addlint.rules.a.b.c is too deep"},
		{"missing policy dir", fstest.MapFS{"addlint/main/main.rego": {Data: main}}, []string{"no-such-dir"}, "no-such-dir"},
		{"policy dir without rego", fstest.MapFS{"addlint/main/main.rego": {Data: main}}, []string{"data"}, "holds no .rego file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			opts := policy.Options{Bundle: c.bundle}
			for _, dir := range c.dirs {
				opts.PolicyDirs = append(opts.PolicyDirs, filepath.Join(testPolicies, dir))
			}
			_, err := policy.New(context.Background(), opts)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v\nwant it to contain %q", err, c.want)
			}
		})
	}
}
