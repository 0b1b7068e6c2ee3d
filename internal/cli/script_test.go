package cli_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/addlint/addlint/internal/cli"
)

var updateScripts = flag.Bool("update-scripts", false, "rewrite testscript files' cmp golden sections")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"addlint": func() { os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the CLI scripts in testdata/script/*.txtar. Each script
// gets $REPO (the repository root) and $SHARED (../shared, which may be absent).
func TestScripts(t *testing.T) {
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           filepath.Join(repo, "testdata", "script"),
		UpdateScripts: *updateScripts,
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO", repo)
			env.Setenv("SHARED", filepath.Join(repo, "..", "shared"))
			env.Setenv("NO_COLOR", "")
			env.Setenv("FORCE_COLOR", "")
			return nil
		},
	})
}
