package cli_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/rogpeppe/go-internal/txtar"
	"go.yaml.in/yaml/v3"

	"github.com/addlint/addlint/internal/config"
	"github.com/addlint/addlint/internal/report"
)

// actionPath is the composite GitHub Action at the repository root.
var actionPath = filepath.Join("..", "..", "action.yml")

// action is the part of action.yml the tests read.
type action struct {
	Name        string                 `yaml:"name"`
	Description string                 `yaml:"description"`
	Inputs      map[string]actionInput `yaml:"inputs"`
	Runs        struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionInput struct {
	Description string `yaml:"description"`
	Required    bool   `yaml:"required"`
	Default     string `yaml:"default"`
}

type actionStep struct {
	Name  string            `yaml:"name"`
	Uses  string            `yaml:"uses"`
	Shell string            `yaml:"shell"`
	Run   string            `yaml:"run"`
	Env   map[string]string `yaml:"env"`
	With  map[string]string `yaml:"with"`
}

// expression matches the one form of GitHub expression the action may use.
var expression = regexp.MustCompile(`\$\{\{ inputs\.([a-z][a-z0-9-]*) \}\}`)

func readAction(t *testing.T) (*action, string) {
	t.Helper()
	raw, err := os.ReadFile(actionPath)
	if err != nil {
		t.Fatal(err)
	}
	var a action
	if err := yaml.Unmarshal(raw, &a); err != nil {
		t.Fatalf("action.yml does not parse: %v", err)
	}
	return &a, string(raw)
}

// TestActionInputs checks that every ${{ inputs.X }} the action uses is
// declared, that every declared input is used, and the inputs' defaults.
func TestActionInputs(t *testing.T) {
	a, raw := readAction(t)
	if a.Name == "" || a.Description == "" {
		t.Error("action.yml needs a name and a description")
	}
	if got, want := strings.Count(raw, "${{"), len(expression.FindAllString(raw, -1)); got != want {
		t.Errorf("action.yml holds %d expressions, %d of them of the form ${{ inputs.name }}: use only that form", got, want)
	}
	used := map[string]bool{}
	for _, m := range expression.FindAllStringSubmatch(raw, -1) {
		used[m[1]] = true
		if _, ok := a.Inputs[m[1]]; !ok {
			t.Errorf("${{ inputs.%s }} is used but not declared", m[1])
		}
	}
	for name, input := range a.Inputs {
		if !used[name] {
			t.Errorf("input %s is declared but never used", name)
		}
		if input.Description == "" {
			t.Errorf("input %s has no description", name)
		}
	}
	wantDefaults := map[string]string{"paths": ".", "format": "github", "fail-on": "error", "sarif-file": "", "version": "latest", "config": ""}
	for name, want := range wantDefaults {
		input, ok := a.Inputs[name]
		if !ok {
			t.Errorf("input %s is missing", name)
			continue
		}
		if input.Default != want || input.Required {
			t.Errorf("input %s: default %q, required %v; want default %q, not required", name, input.Default, input.Required, want)
		}
	}
	if len(a.Inputs) != len(wantDefaults) {
		t.Errorf("inputs %v, want exactly %v", sortedKeys(a.Inputs), sortedKeys(wantDefaults))
	}
	if !slices.Contains(report.Formats(), a.Inputs["format"].Default) {
		t.Errorf("default format %q is not one of %v", a.Inputs["format"].Default, report.Formats())
	}
	if !slices.Contains(config.FailOnLevels, a.Inputs["fail-on"].Default) {
		t.Errorf("default fail-on %q is not one of %v", a.Inputs["fail-on"].Default, config.FailOnLevels)
	}
}

// TestActionSteps checks the composite steps: Go set up with
// actions/setup-go, addlint installed with go install, and no expression
// expanded inside a script (inputs reach scripts through env only).
func TestActionSteps(t *testing.T) {
	a, _ := readAction(t)
	if a.Runs.Using != "composite" {
		t.Fatalf("runs.using = %q, want composite", a.Runs.Using)
	}
	var setupGo, install bool
	for _, step := range a.Runs.Steps {
		if strings.HasPrefix(step.Uses, "actions/setup-go@") {
			setupGo = true
		}
		if step.Uses == "" && step.Run == "" {
			t.Errorf("step %q neither uses an action nor runs a script", step.Name)
		}
		if step.Run == "" {
			continue
		}
		if step.Shell != "bash" {
			t.Errorf("step %q: shell %q, want bash (composite steps must name their shell)", step.Name, step.Shell)
		}
		if strings.Contains(step.Run, "${{") {
			t.Errorf("step %q expands an expression inside its script; pass it through env", step.Name)
		}
		if strings.Contains(step.Run, `go install "github.com/addlint/addlint/cmd/addlint@${ADDLINT_VERSION}"`) {
			install = true
			if step.Env["ADDLINT_VERSION"] != "${{ inputs.version }}" {
				t.Errorf("the install step's ADDLINT_VERSION is %q, want the version input", step.Env["ADDLINT_VERSION"])
			}
		}
	}
	if !setupGo {
		t.Error("no step uses actions/setup-go")
	}
	if !install {
		t.Error("no step installs addlint with go install github.com/addlint/addlint/cmd/addlint@${ADDLINT_VERSION}")
	}
}

// stepByName returns the action's step called name.
func stepByName(t *testing.T, a *action, name string) actionStep {
	t.Helper()
	for _, step := range a.Runs.Steps {
		if step.Name == name {
			return step
		}
	}
	t.Fatalf("action.yml has no step %q", name)
	return actionStep{}
}

// actionCase runs the action's scripts with some inputs in a testscript.
type actionCase struct {
	name   string
	inputs map[string]string
	// script holds the testscript commands; run.sh and install.sh are the
	// action's scripts, docs/good-add.md and docs/bad-add.md two ADDs.
	script string
}

// TestActionScripts runs the scripts of action.yml, as GitHub runs them
// (bash --noprofile --norc -eo pipefail), with the environment its steps
// compute from the inputs, against the real addlint.
func TestActionScripts(t *testing.T) {
	a, _ := readAction(t)
	run := stepByName(t, a, "Run addlint")
	install := stepByName(t, a, "Install addlint")
	good := readRepoFile(t, "testdata/docs/complete-approved.md")
	bad := readRepoFile(t, "testdata/docs/partial.md")

	// step runs a script as GitHub does, with the environment of the
	// case's inputs, and prints its exit code as exit=N.
	step := func(script string) string {
		return "exec bash -c '. ./env.sh && bash --noprofile --norc -eo pipefail " + script + "; echo exit=$?'\n"
	}
	cases := []actionCase{
		{
			name:   "defaults-pass-on-good-adds",
			inputs: map[string]string{},
			script: "rm docs/bad-add.md\n" + step("run.sh") + "stdout '^exit=0$'\n! stdout '::error'\n! stderr .\n",
		},
		{
			name:   "findings-fail-and-sarif-is-written",
			inputs: map[string]string{"paths": "docs", "sarif-file": "reports/addlint.sarif"},
			script: "mkdir reports\n" + step("run.sh") +
				"stdout '^::error file=docs/bad-add.md,line=1,'\n! stdout 'file=docs/good-add.md'\nstdout '^exit=1$'\n" +
				"exists reports/addlint.sarif\ngrep '\"version\": \"2.1.0\"' reports/addlint.sarif\ngrep 'docs/bad-add.md' reports/addlint.sarif\n",
		},
		{
			name:   "fail-on-never-annotates-but-passes",
			inputs: map[string]string{"paths": "docs", "fail-on": "never"},
			script: step("run.sh") + "stdout '^::error file=docs/bad-add.md'\nstdout '^exit=0$'\n",
		},
		{
			name:   "several-paths-on-lines-a-format-and-globs",
			inputs: map[string]string{"paths": "docs/good-add.md\n  docs/*-add.md\n", "format": "text", "fail-on": "warning"},
			script: "mv docs/bad-add.md docs/z-add.md\n" + step("run.sh") +
				"stdout '^docs/z-add.md:1:1 +error'\nstdout '^exit=1$'\n",
		},
		{
			name:   "config-is-passed",
			inputs: map[string]string{"config": "missing.yaml", "sarif-file": "addlint.sarif"},
			script: step("run.sh") + "stdout '^exit=2$'\nstderr 'missing.yaml'\nstderr 'writing the SARIF report exited with 2'\n",
		},
		{
			name:   "install-runs-go-install-with-the-version",
			inputs: map[string]string{"version": "v1.2.3"},
			script: "chmod 755 fakebin/go\nenv PATH=$WORK/fakebin:$PATH\nenv GITHUB_PATH=$WORK/github_path\n" +
				step("install.sh") + "stdout '^exit=0$'\ngrep '^install github.com/addlint/addlint/cmd/addlint@v1.2.3$' go.log\n" +
				"grep '^/fake/gopath/bin$' github_path\n",
		},
	}
	dir := t.TempDir()
	for _, c := range cases {
		env := stepEnv(t, a, run, c.inputs)
		for key, value := range stepEnv(t, a, install, c.inputs) {
			env[key] = value
		}
		var envScript strings.Builder
		for _, key := range sortedKeys(env) {
			fmt.Fprintf(&envScript, "export %s=%s\n", key, bashQuote(env[key]))
		}
		archive := &txtar.Archive{
			Comment: []byte(c.script),
			Files: []txtar.File{
				{Name: "env.sh", Data: []byte(envScript.String())},
				{Name: "run.sh", Data: []byte(run.Run)},
				{Name: "install.sh", Data: []byte(install.Run)},
				{Name: "docs/good-add.md", Data: good},
				{Name: "docs/bad-add.md", Data: bad},
				{Name: "fakebin/go", Data: []byte(fakeGo)},
			},
		}
		if err := os.WriteFile(filepath.Join(dir, c.name+".txtar"), txtar.Format(archive), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	testscript.Run(t, testscript.Params{Dir: dir})
}

// fakeGo stands for go in the install test: it logs its arguments and
// answers `go env GOBIN` (empty) and `go env GOPATH`.
const fakeGo = `#!/bin/sh
echo "$*" >>"$WORK/go.log"
if [ "$1" = env ] && [ "$2" = GOPATH ]; then echo /fake/gopath; fi
exit 0
`

// stepEnv evaluates the env of step with inputs (unset inputs take their
// defaults).
func stepEnv(t *testing.T, a *action, step actionStep, inputs map[string]string) map[string]string {
	t.Helper()
	env := map[string]string{}
	for key, value := range step.Env {
		env[key] = expression.ReplaceAllStringFunc(value, func(expr string) string {
			name := expression.FindStringSubmatch(expr)[1]
			if v, ok := inputs[name]; ok {
				return v
			}
			return a.Inputs[name].Default
		})
	}
	return env
}

// bashQuote quotes s for bash: single quotes keep everything, line breaks
// included, except single quotes themselves.
func bashQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// readRepoFile reads a file of the repository.
func readRepoFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return keys
}
