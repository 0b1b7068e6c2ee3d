package policy_test

import (
	"context"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/policies"
)

// catalog is the rule catalog of spec/rules.md: gate → rule ids.
var catalog = map[string][]string{
	"complete":                {"title", "metadata-missing", "metadata-format", "required-section", "required-subsection", "section-order", "empty-section", "placeholder"},
	"stack-justified":         {"stack-table", "stack-rationale", "stack-alternatives"},
	"api-specified":           {"api-spec", "embedded-syntax"},
	"data-designed":           {"data-model"},
	"security-threat-modeled": {"threat-model"},
	"performance-specified":   {"perf-targets", "perf-target-numeric"},
	"operations-defined":      {"operations"},
	"integrations-documented": {"integration-points"},
	"quality-gates":           {"quality-gates", "gate-claim"},
	"hygiene":                 {"heading-increment", "duplicate-section", "diagram", "code-block-language", "broken-anchor", "unknown-rule"},
}

// catalogGates maps each rule id of the catalog to its gate.
func catalogGates() map[string]string {
	gates := map[string]string{}
	for gate, ids := range catalog {
		for _, id := range ids {
			gates[id] = gate
		}
	}
	return gates
}

// reportedByRunner lists the catalog's rules that the Go runner reports
// (METADATA only, no report rule in Rego).
var reportedByRunner = map[string]bool{"unknown-rule": true}

var kebabCase = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

var severities = map[string]bool{"error": true, "warning": true, "info": true, "status-scaled": true, "by-status": true}

// ruleFolders lists the rule folders of the bundle: addlint/rules/<gate>/<rule-id>.
func ruleFolders(t *testing.T) []string {
	t.Helper()
	var folders []string
	gates, err := fs.ReadDir(policies.FS, "addlint/rules")
	if err != nil {
		t.Fatal(err)
	}
	for _, gate := range gates {
		if !gate.IsDir() {
			t.Errorf("addlint/rules/%s: only gate folders belong here", gate.Name())
			continue
		}
		rules, err := fs.ReadDir(policies.FS, path.Join("addlint/rules", gate.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for _, rule := range rules {
			if !rule.IsDir() {
				t.Errorf("addlint/rules/%s/%s: only rule folders belong in a gate folder", gate.Name(), rule.Name())
				continue
			}
			folders = append(folders, path.Join("addlint/rules", gate.Name(), rule.Name()))
		}
	}
	return folders
}

func TestRuleRegistry(t *testing.T) {
	folders := ruleFolders(t)
	if len(folders) == 0 {
		t.Fatal("no rule folder under addlint/rules")
	}
	for _, folder := range folders {
		id, gate := path.Base(folder), path.Base(path.Dir(folder))
		t.Run(id, func(t *testing.T) {
			checkRuleFolder(t, folder, id, gate)
		})
	}
}

func checkRuleFolder(t *testing.T, folder, id, gate string) {
	if !kebabCase.MatchString(id) {
		t.Errorf("%s: rule id %q is not kebab-case", folder, id)
	}
	base := strings.ReplaceAll(id, "-", "_")
	if _, err := fs.Stat(policies.FS, path.Join(folder, base+"_test.rego")); err != nil {
		t.Errorf("%s: no sibling %s_test.rego", folder, base)
	}
	file := path.Join(folder, base+".rego")
	src, err := fs.ReadFile(policies.FS, file)
	if err != nil {
		t.Fatalf("%s: the rule file must be named %s.rego: %v", folder, base, err)
	}
	module, err := ast.ParseModuleWithOpts(file, string(src), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
	if err != nil {
		t.Fatal(err)
	}
	wantPackage := ast.MustParseRef(`data.addlint.rules["` + gate + `"]["` + id + `"]`)
	if !module.Package.Path.Equal(wantPackage) {
		t.Errorf("%s: package %v, want %v", file, module.Package.Path, wantPackage)
	}
	var metadata *ast.Annotations
	for _, annotation := range module.Annotations {
		if annotation.Scope == "package" {
			metadata = annotation
		}
	}
	if metadata == nil {
		t.Fatalf("%s: no METADATA block above the package", file)
	}
	if metadata.Title == "" {
		t.Errorf("%s: METADATA has no title", file)
	}
	if metadata.Description == "" {
		t.Errorf("%s: METADATA has no description", file)
	}
	custom := func(key string) string {
		value, _ := metadata.Custom[key].(string)
		return value
	}
	if custom("id") != id {
		t.Errorf("%s: custom.id = %q, want the folder name %q", file, custom("id"), id)
	}
	if custom("gate") != gate {
		t.Errorf("%s: custom.gate = %q, want the parent folder name %q", file, custom("gate"), gate)
	}
	if !severities[custom("severity")] {
		t.Errorf("%s: custom.severity = %q, want error, warning, info, status-scaled or by-status", file, custom("severity"))
	}
	for _, key := range []string{"why", "example_bad", "example_good"} {
		if strings.TrimSpace(custom(key)) == "" {
			t.Errorf("%s: custom.%s is missing or empty", file, key)
		}
	}
	if custom("example_bad") != "" && custom("example_bad") == custom("example_good") {
		t.Errorf("%s: example_bad and example_good are the same", file)
	}
}

func TestEngineListsTheCatalog(t *testing.T) {
	engine, err := policy.New(context.Background(), policy.Options{Bundle: policies.FS})
	if err != nil {
		t.Fatal(err)
	}
	rules := engine.Rules()
	got := map[string]string{}
	var reporting []string
	for _, rule := range rules {
		if !rule.Builtin {
			t.Errorf("%s: not marked built-in", rule.ID)
		}
		got[rule.ID] = rule.Gate
		if !reportedByRunner[rule.ID] {
			reporting = append(reporting, rule.ID)
		}
	}
	want := catalogGates()
	for id, gate := range want {
		if got[id] != gate {
			t.Errorf("rule %s: gate %q, want %q (spec/rules.md)", id, got[id], gate)
		}
	}
	for id := range got {
		if _, known := want[id]; !known {
			t.Errorf("rule %s is not in the catalog of spec/rules.md", id)
		}
	}
	if len(reporting) != 26 {
		t.Errorf("%d built-in rules report findings in Rego, want 26: %v", len(reporting), reporting)
	}
	if len(rules) != len(ruleFolders(t)) {
		t.Errorf("Rules() lists %d rules, but there are %d rule folders", len(rules), len(ruleFolders(t)))
	}
	if !sort.SliceIsSorted(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID }) {
		t.Error("Rules() is not sorted by id")
	}
}

// TestBuiltinRegoTests runs every *_test.rego of the bundle and reports each
// failing Rego test by name.
func TestBuiltinRegoTests(t *testing.T) {
	results, err := policy.RunBuiltinTests(context.Background(), policy.Options{Bundle: policies.FS})
	if err != nil {
		t.Fatal(err)
	}
	if len(results) == 0 {
		t.Fatal("no built-in Rego test ran")
	}
	passed := 0
	for _, r := range results {
		switch {
		case r.Err != "":
			t.Errorf("%s:%d: %s.%s: error: %s", r.File, r.Line, r.Package, r.Name, r.Err)
		case r.Fail:
			t.Errorf("%s:%d: %s.%s: FAIL%s", r.File, r.Line, r.Package, r.Name, indent(r.Output))
		case r.Pass:
			passed++
		}
	}
	t.Logf("%d of %d built-in Rego tests passed", passed, len(results))
}

func indent(output string) string {
	if output == "" {
		return ""
	}
	return "\n\t" + strings.ReplaceAll(strings.TrimRight(output, "\n"), "\n", "\n\t")
}
