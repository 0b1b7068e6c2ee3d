package policy

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"

	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/policies"
)

// bundleCompiler compiles the built-in bundle and loads its data plus
// dataFiles.
func bundleCompiler(t testing.TB, dataFiles ...string) (*ast.Compiler, storage.Store) {
	t.Helper()
	set := newModuleSet()
	if err := set.addBundleModules(policies.FS, noTests); err != nil {
		t.Fatal(err)
	}
	compiler, err := compile(set.modules, true)
	if err != nil {
		t.Fatal(err)
	}
	store, err := loadStore(policies.FS, dataFiles)
	if err != nil {
		t.Fatal(err)
	}
	return compiler, store
}

// evalTerm evaluates query against store with input and returns its value,
// or nil when it is undefined.
func evalTerm(t *testing.T, compiler *ast.Compiler, store storage.Store, query string, input ast.Value) ast.Value {
	t.Helper()
	options := []func(*rego.Rego){rego.Query(query), rego.Compiler(compiler), rego.Store(store)}
	if input != nil {
		options = append(options, rego.ParsedInput(input))
	}
	results, err := rego.New(options...).Eval(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(results) == 0 {
		return nil
	}
	value, err := ast.InterfaceToValue(results[0].Expressions[0].Value)
	if err != nil {
		t.Fatal(err)
	}
	return value
}

func TestStorePreparedFactsStoresTheProfileIndex(t *testing.T) {
	compiler, store := bundleCompiler(t)
	computed := evalTerm(t, compiler, store, "data.addlint.lib.profile_index", nil)
	if computed == nil {
		t.Fatal("data.addlint.lib.profile_index is undefined")
	}
	if err := storePreparedFacts(context.Background(), compiler, store); err != nil {
		t.Fatal(err)
	}
	stored := evalTerm(t, compiler, store, "data.addlint.prepared.profile_index", nil)
	if stored == nil || stored.Compare(computed) != 0 {
		t.Errorf("stored index = %v\nwant %v", stored, computed)
	}
}

// TestLibraryReadsThePreparedIndex stores an index in which a made-up name
// names the executive summary: section() must find it by that name.
func TestLibraryReadsThePreparedIndex(t *testing.T) {
	compiler, store := bundleCompiler(t)
	doc := model.NewDocument("doc.md")
	doc.Sections = []model.Section{{ID: "made-up-name", Title: "Made Up Name", Level: 2, Line: 3, Column: 1}}
	input, err := inputValue(doc)
	if err != nil {
		t.Fatal(err)
	}
	const query = `data.addlint.lib.section("executive-summary").line`
	if got := evalTerm(t, compiler, store, query, input); got != nil {
		t.Fatalf("found the executive summary as %v before the index named it", got)
	}
	index := map[string]any{
		"name_keys":   map[string]any{"made up name": []any{"executive-summary"}},
		"top_keys":    []any{"executive-summary"},
		"parent_keys": map[string]any{},
	}
	if err := writeData(context.Background(), store, preparedIndexPath, index); err != nil {
		t.Fatal(err)
	}
	if got := evalTerm(t, compiler, store, query, input); got == nil || got.Compare(ast.Number("3")) != 0 {
		t.Errorf("section line = %v, want 3", got)
	}
}

// TestPreparedIndexFollowsUserData checks that an alias added by a user data
// file names a section, through New's prepared index.
func TestPreparedIndexFollowsUserData(t *testing.T) {
	data := filepath.Join(t.TempDir(), "aliases.yaml")
	profile := `addlint:
  profile:
    required_sections:
      - key: executive-summary
        title: Executive Summary
        aliases: [Management Digest]
`
	if err := os.WriteFile(data, []byte(profile), 0o600); err != nil {
		t.Fatal(err)
	}
	doc := model.NewDocument("doc.md")
	doc.Sections = []model.Section{{ID: "management-digest", Title: "Management Digest", Level: 2, Line: 3, Column: 1}}
	missing := func(opts Options) bool {
		engine, err := New(context.Background(), opts)
		if err != nil {
			t.Fatal(err)
		}
		findings, err := engine.Eval(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range findings {
			if f.Rule == "required-section" && strings.Contains(f.Message, `"Executive Summary"`) {
				return true
			}
		}
		return false
	}
	if !missing(Options{Bundle: policies.FS}) {
		t.Error("the built-in profile found an executive summary in \"Management Digest\"")
	}
	if missing(Options{Bundle: policies.FS, DataFiles: []string{data}}) {
		t.Error("the alias given in user data did not name the executive summary")
	}
}
