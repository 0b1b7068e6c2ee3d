package policy

import (
	"testing"

	"github.com/addlint/addlint/policies"
)

// TestBundlePassesEveryCompilerCheck compiles the built-in bundle with every
// compiler stage, and checks that the stages New skips for it change none of
// the compiled modules.
func TestBundlePassesEveryCompilerCheck(t *testing.T) {
	parse := func() *moduleSet {
		set := newModuleSet()
		if err := set.addBundleModules(policies.FS, noTests); err != nil {
			t.Fatal(err)
		}
		return set
	}
	checked, err := compile(parse().modules, false)
	if err != nil {
		t.Fatalf("the bundle fails a compiler check: %v", err)
	}
	skipped, err := compile(parse().modules, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(checked.Modules) != len(skipped.Modules) {
		t.Fatalf("%d modules with every stage, %d without the checks", len(checked.Modules), len(skipped.Modules))
	}
	for name, module := range checked.Modules {
		if got, want := skipped.Modules[name].String(), module.String(); got != want {
			t.Errorf("%s compiles differently without the check-only stages:\n%s\nwant\n%s", name, got, want)
		}
	}
}
