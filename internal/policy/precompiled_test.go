package policy

import (
	"bytes"
	"context"
	"flag"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/addlint/addlint/internal/markdown"
	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/policies"
)

var update = flag.Bool("update", false, "rewrite policies/precompiled.bin")

// TestPrecompiledBundleIsCurrent checks that policies/precompiled.bin is
// what Precompile makes of the bundle today; -update rewrites it.
func TestPrecompiledBundleIsCurrent(t *testing.T) {
	got, err := Precompile(context.Background(), policies.FS)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Precompile(context.Background(), policies.FS)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, again) {
		t.Fatal("Precompile gives different bytes for the same bundle")
	}
	if *update {
		if err := os.WriteFile("../../policies/precompiled.bin", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, policies.Precompiled) {
		t.Fatal("policies/precompiled.bin is out of date; regenerate it with: go test ./internal/policy -run TestPrecompiledBundleIsCurrent -update")
	}
	if _, ok := readPrecompiled(policies.Precompiled, policies.FS); !ok {
		t.Fatal("New does not accept policies/precompiled.bin")
	}
}

// TestPrecompiledModulesMatchSource checks that the modules read back from
// the precompiled bundle are the compiled modules, location by location.
func TestPrecompiledModulesMatchSource(t *testing.T) {
	compiler, _ := bundleCompiler(t)
	encoded, err := encodeModules(compiler.Modules)
	if err != nil {
		t.Fatal(err)
	}
	decoded, err := decodeModules(encoded)
	if err != nil {
		t.Fatal(err)
	}
	if len(decoded) != len(compiler.Modules) {
		t.Fatalf("%d modules read back, %d written", len(decoded), len(compiler.Modules))
	}
	for name, want := range compiler.Modules {
		got := decoded[name]
		if got == nil {
			t.Errorf("%s: missing", name)
			continue
		}
		// Annotations are left out on purpose: the catalog is stored beside.
		unannotated := want.Copy()
		unannotated.Annotations = nil
		if got.String() != unannotated.String() {
			t.Errorf("%s: read back as\n%s\nwant\n%s", name, got, unannotated)
		}
		if len(got.Rules) != len(want.Rules) {
			t.Errorf("%s: %d rules, want %d", name, len(got.Rules), len(want.Rules))
			continue
		}
		for i, rule := range got.Rules {
			if rule.Location.String() != want.Rules[i].Location.String() || rule.Head.Location.String() != want.Rules[i].Head.Location.String() {
				t.Errorf("%s: rule %d at %s, want %s", name, i, rule.Location, want.Rules[i].Location)
			}
		}
	}
}

// TestPrecompiledEngineMatchesSource checks that an engine built from the
// precompiled bundle and one compiled from source report the same rules and
// the same findings on every test document and the shared corpus, with the
// built-in data and with a data override.
func TestPrecompiledEngineMatchesSource(t *testing.T) {
	if len(policies.Precompiled) == 0 {
		t.Skip("policies/precompiled.bin is empty: run TestPrecompiledBundleIsCurrent with -update")
	}
	ctx := context.Background()
	override := filepath.Join(t.TempDir(), "override.yaml")
	if err := os.WriteFile(override, []byte("addlint:\n  profile:\n    fillers: [\"-\", \"tbd\", \"todo\", \"later\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	docs := testDocuments(t)
	for _, dataFiles := range [][]string{nil, {override}} {
		bundle, ok := readPrecompiled(policies.Precompiled, policies.FS)
		if !ok {
			t.Fatal("policies/precompiled.bin is refused: run TestPrecompiledBundleIsCurrent with -update")
		}
		// newFromPrecompiled, not New, which would compile from source
		// when the precompiled bundle fails.
		fast, err := newFromPrecompiled(ctx, bundle, Options{Bundle: policies.FS, DataFiles: dataFiles})
		if err != nil {
			t.Fatal(err)
		}
		slow, err := New(ctx, Options{Bundle: policies.FS, DataFiles: dataFiles})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fast.Rules(), slow.Rules()) {
			t.Fatalf("rules differ:\n%v\n%v", fast.Rules(), slow.Rules())
		}
		for _, doc := range docs {
			want, wantErr := slow.Eval(ctx, doc)
			got, gotErr := fast.Eval(ctx, doc)
			if (wantErr == nil) != (gotErr == nil) || !reflect.DeepEqual(got, want) {
				t.Errorf("%s (data %v): precompiled engine found\n%v (%v)\nsource engine found\n%v (%v)", doc.Path, dataFiles, got, gotErr, want, wantErr)
			}
		}
	}
}

// testDocuments parses the test documents and the shared corpus.
func testDocuments(t *testing.T) []*model.Document {
	t.Helper()
	var docs []*model.Document
	for _, pattern := range []string{"../../testdata/docs/*.md", "../../testdata/rules/*/*.md", "../../../shared/corpus/*.md", "../../../shared/reference/*.md"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range paths {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if doc, err := markdown.Parse(path, src); err == nil {
				docs = append(docs, doc)
			}
		}
	}
	if len(docs) < 50 {
		t.Fatalf("only %d documents found", len(docs))
	}
	return docs
}

// TestPrecompiledIsUsedOnlyForItsBundle checks that New compiles from
// source when the bundle changed since the precompiled file was written,
// when the file is damaged, and when user policies are loaded.
func TestPrecompiledIsUsedOnlyForItsBundle(t *testing.T) {
	if len(policies.Precompiled) == 0 {
		t.Skip("policies/precompiled.bin is empty")
	}
	changed := fstest.MapFS{}
	err := fs.WalkDir(policies.FS, ".", func(name string, entry fs.DirEntry, err error) error {
		if err != nil || entry.IsDir() {
			return err
		}
		src, err := fs.ReadFile(policies.FS, name)
		changed[name] = &fstest.MapFile{Data: src}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	const title = "addlint/rules/complete/title/title.rego"
	changed[title].Data = bytes.Replace(changed[title].Data, []byte("# METADATA\n"), []byte("# METADATA\n# Changed.\n"), 1)
	if _, ok := readPrecompiled(policies.Precompiled, changed); ok {
		t.Error("a precompiled bundle was accepted for a changed bundle")
	}
	if _, ok := readPrecompiled(policies.Precompiled, policies.FS); !ok {
		t.Error("the precompiled bundle was refused for its own bundle")
	}
	if _, ok := readPrecompiled(nil, policies.FS); ok {
		t.Error("an empty precompiled bundle was accepted")
	}
}

// TestDamagedPrecompiledBundleIsRefused cuts and flips bytes of the
// precompiled bundle: its checksum makes every damaged copy refused, and New
// then compiles from source.
func TestDamagedPrecompiledBundleIsRefused(t *testing.T) {
	if len(policies.Precompiled) == 0 {
		t.Skip("policies/precompiled.bin is empty")
	}
	random := rand.New(rand.NewPCG(3, 4))
	for i := range 200 {
		damaged := damage(random, policies.Precompiled, i)
		if _, ok := readPrecompiled(damaged, policies.FS); ok {
			t.Fatalf("damaged copy %d was accepted", i)
		}
	}
	if _, err := New(context.Background(), Options{Bundle: policies.FS, Precompiled: damage(random, policies.Precompiled, 1)}); err != nil {
		t.Fatalf("New with a damaged precompiled bundle: %v", err)
	}
}

// TestDamagedModulesNeverPanic feeds damaged module bytes to the decoder
// and what it reads back to the remaining compiler stages: each fails with
// an error or succeeds, and never panics.
func TestDamagedModulesNeverPanic(t *testing.T) {
	compiler, _ := bundleCompiler(t)
	encoded, err := encodeModules(compiler.Modules)
	if err != nil {
		t.Fatal(err)
	}
	random := rand.New(rand.NewPCG(5, 6))
	decoded := 0
	for i := range 300 {
		modules, err := decodeModules(damage(random, encoded, i))
		if err != nil {
			continue
		}
		decoded++
		if i%10 == 1 {
			_, _ = newFromPrecompiled(context.Background(), &precompiled{modules: modules}, Options{Bundle: policies.FS})
		}
	}
	t.Logf("%d of 300 damaged copies decoded", decoded)
}

// damage returns a copy of src cut short (even i) or with one byte flipped
// (odd i).
func damage(random *rand.Rand, src []byte, i int) []byte {
	damaged := bytes.Clone(src)
	if i%2 == 0 {
		return damaged[:random.IntN(len(damaged))]
	}
	damaged[random.IntN(len(damaged))] ^= byte(1 + random.IntN(255))
	return damaged
}
